package cn.trafficpolice.eservices.filing;

import static cn.trafficpolice.eservices.filing.FilingDriver.GA1234_VIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** NF-3: a hand-held ID photo racing the end of the upload period answers 409 and stores nothing. */
@RestIntegrationTest
class FilingLatePhotoIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;

  FilingDriver filing;
  long filingId;
  String serial;

  @BeforeEach
  void filingAwaitingPhoto() throws Exception {
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    filing = new FilingDriver(citizen, jdbc, engine);
    filing.cleanUp();
    JsonNode filed = filing.filed(citizen.login(DemoCitizens.ZHANG_WEI), citizen.login(DemoCitizens.XU_MING),
        GA1234_VIN, "unavailable");
    filingId = filed.get("filingId").asLong();
    serial = jdbc.sql("SELECT serial_number FROM vehicle_filing WHERE id = :id").param("id", filingId)
        .query(String.class).single();
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void aPhotoAfterTheUploadPeriodEndedIsA409AndStoresNothing() throws Exception { // NF-3, robustness
    // three working days from Mon 23 Nov close on Thu 26 Nov; the timer fired, the closing has not run yet
    time.setTo(LocalDateTime.of(2026, 11, 26, 17, 31));
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(serial)
        .singleResult().getId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance).activityId(VehicleFilingProcess.EVENT_PHOTO_OVERDUE).singleResult().getId());
    String filer = citizen.login(DemoCitizens.ZHANG_WEI);

    filing.uploadIdPhoto(filer, filingId, "me.jpg", FilingDriver.image(640, 480, "jpg"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value(FilingErrors.PHOTO_NOT_EXPECTED));

    assertThat(filing.filingStatus(filingId)).isEqualTo("AWAITING_PHOTO");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM photo WHERE purpose = :purpose")
        .param("purpose", VehicleFilingService.ID_PHOTO_PURPOSE).query(Integer.class).single()).isZero();
    time.runDueJobs();
    assertThat(filing.filingStatus(filingId)).isNotEqualTo("AWAITING_PHOTO");
    filing.uploadIdPhoto(filer, filingId, "me.jpg", FilingDriver.image(640, 480, "jpg"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value(FilingErrors.PHOTO_NOT_EXPECTED));
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
  }
}
