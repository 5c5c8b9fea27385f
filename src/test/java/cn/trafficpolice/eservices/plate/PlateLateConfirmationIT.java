package cn.trafficpolice.eservices.plate;

import static cn.trafficpolice.eservices.plate.PlateDriver.ZHANG_CAR_CERT;
import static cn.trafficpolice.eservices.plate.PlateDriver.ZHANG_CAR_VIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** PP-7: the vehicle office's confirmation racing the end of the validity answers 409 and changes nothing. */
@RestIntegrationTest
class PlateLateConfirmationIT {

  private static final String PLATE = "粤G498J8";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;

  PlateDriver plate;
  String serial;

  @BeforeEach
  void plateSelected() throws Exception {
    plate = new PlateDriver(citizen, jdbc, engine);
    plate.cleanUp();
    time.setTo(LocalDateTime.of(2026, 9, 28, 10, 0));
    String zhang = citizen.login(DemoCitizens.ZHANG_WEI);
    long id = plate.readyToSelect(zhang, DemoCitizens.ZHANG_WEI, ZHANG_CAR_VIN, ZHANG_CAR_CERT, "440800");
    serial = plate.read(plate.compose(zhang, id, "粤G12A46", PLATE).andExpect(status().isOk()))
        .at("/selection/serialNumber").asText();
    time.runDueJobs();
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void aConfirmationAfterTheValidityEndedIsA409AndTheReleaseGoesOn() throws Exception { // PP-7, robustness
    // the validity ends at the closing of Fri 23 Oct; the timer has fired, the release has not run yet
    time.setTo(LocalDateTime.of(2026, 10, 23, 17, 31));
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(serial)
        .singleResult().getId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance).activityId(PlatePreselectionProcess.TIMER_VALIDITY_EXPIRED).singleResult()
        .getId());
    int messages = smsCount();

    confirm().andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value(PlateErrors.CONFIRMATION_MISMATCH))
        .andExpect(jsonPath("$.detail").value("该预选号牌已超过有效期，不能确认"));

    assertThat(selectionStatus()).isEqualTo("SELECTED");
    assertThat(plate.poolStatus(PLATE)).isEqualTo("RESERVED");
    assertThat(smsCount()).as("no SMS from the late confirmation").isEqualTo(messages);
    time.runDueJobs();
    assertThat(plate.poolStatus(PLATE)).isEqualTo("AVAILABLE");
    confirm().andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value(PlateErrors.CONFIRMATION_MISMATCH));
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
  }

  private ResultActions confirm() throws Exception {
    return citizen.mvc().perform(post("/api/v1/systems/vehicle-office/plate-preselections/" + serial
            + "/confirmation").with(httpBasic("vehicle-office", "office-demo")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"vin\":\"" + ZHANG_CAR_VIN + "\",\"plateNumber\":\"" + PLATE + "\"}"));
  }

  private String selectionStatus() {
    return jdbc.sql("SELECT status FROM plate_selection WHERE serial_number = :serial").param("serial", serial)
        .query(String.class).single();
  }

  private int smsCount() {
    return jdbc.sql("SELECT COUNT(*) FROM sms_outbox WHERE phone = :phone").param("phone", DemoCitizens.ZHANG_WEI)
        .query(Integer.class).single();
  }
}
