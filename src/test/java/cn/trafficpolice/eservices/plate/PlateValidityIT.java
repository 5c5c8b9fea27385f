package cn.trafficpolice.eservices.plate;

import static cn.trafficpolice.eservices.plate.PlateDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** PP-7 validity in working days, the vehicle office's confirmation, SH-5 blacklist, PP-8 simulation. */
@RestIntegrationTest
class PlateValidityIT {

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
  void plateSelectedBeforeNationalDay() throws Exception {
    plate = new PlateDriver(citizen, jdbc, engine);
    plate.cleanUp();
    time.setTo(LocalDateTime.of(2026, 9, 28, 10, 0));
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void validityCountsWorkingDaysAcrossNationalDayThenReleasesAndBlacklists() throws Exception { // PP-7 SH-4 SH-5
    select();
    // 15 working days from Mon 28 Sep 2026: Oct 1-7 off, Sat Oct 10 worked → closing of Fri 23 Oct
    time.advanceTo(LocalDateTime.of(2026, 10, 23, 17, 0));
    assertThat(plate.poolStatus(PLATE)).isEqualTo("RESERVED");

    time.advanceTo(LocalDateTime.of(2026, 10, 23, 17, 31));

    assertThat(plate.poolStatus(PLATE)).isEqualTo("AVAILABLE");
    String zhang = citizen.login(DemoCitizens.ZHANG_WEI);
    citizen.get(zhang, "/api/v1/me/blacklist").andExpect(jsonPath("$[0].kind").value("PLATE_PRESELECTION"))
        .andExpect(jsonPath("$[0].endsOn").value("2028-10-23"));
    citizen.get(zhang, "/api/v1/applications/" + serial).andExpect(jsonPath("$.application.status").value("CANCELLED"));
    assertThat(citizen.read(citizen.get(zhang, "/api/v1/demo/sms-inbox?phone=" + DemoCitizens.ZHANG_WEI)).toString())
        .contains("号牌已收回");
    plate.start(zhang, ZHANG_NEV_VIN, ZHANG_NEV_CERT, "440800").andExpect(jsonPath("$.code").value("BLACKLISTED"));

    time.setTo(LocalDateTime.of(2028, 10, 23, 9, 0));
    zhang = citizen.login(DemoCitizens.ZHANG_WEI);
    plate.start(zhang, ZHANG_NEV_VIN, ZHANG_NEV_CERT, "440800").andExpect(status().isCreated());
  }

  @Test
  void onlyTheVehicleOfficeConfirmsAndConfirmationCompletes() throws Exception { // PP-7, security
    select();
    String url = "/api/v1/systems/vehicle-office/plate-preselections/" + serial + "/confirmation";
    String body = "{\"vin\":\"" + ZHANG_CAR_VIN + "\",\"plateNumber\":\"" + PLATE + "\"}";

    citizen.mvc().perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized());
    citizen.mvc().perform(post(url).with(httpBasic("postal-service", "postal-demo"))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    citizen.mvc().perform(post(url).with(httpBasic("vehicle-office", "office-demo"))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNoContent());
    time.runDueJobs();

    time.advanceTo(LocalDateTime.of(2026, 10, 26, 9, 0));
    assertThat(plate.poolStatus(PLATE)).isEqualTo("RESERVED");
    String zhang = citizen.login(DemoCitizens.ZHANG_WEI);
    citizen.get(zhang, "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.status").value("COMPLETED"))
        .andExpect(jsonPath("$.steps[*].step").value(org.hamcrest.Matchers.contains("完成号牌预选", "到车管所确认号牌",
            "车管所已确认号牌")));
    citizen.get(zhang, "/api/v1/me/blacklist").andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void simulationSavesNothing() throws Exception { // PP-8
    String zhang = citizen.login(DemoCitizens.ZHANG_WEI);
    Map<String, Integer> before = counts();

    JsonNode state = citizen.read(citizen.post(zhang, BASE + "/simulation",
        Map.of("officeCode", "440800", "plateKind", "ORDINARY_SMALL")).andExpect(status().isOk()));
    Map<String, Object> stateBody = Map.of("officeCode", "440800", "plateKind", "ORDINARY_SMALL",
        "selfComposedLeft", state.get("selfComposedLeft").asInt(), "randomBatchesLeft", 3);
    citizen.post(zhang, BASE + "/simulation/self-composed-checks", Map.of("state", stateBody,
            "plates", List.of("粤G12A45", "粤G23B56"))).andExpect(jsonPath("$.selfComposedLeft").value(8));
    citizen.post(zhang, BASE + "/simulation/self-composed-checks", Map.of("state", stateBody,
            "plates", List.of("粤G12A45", PLATE))).andExpect(jsonPath("$.selectedPlate").value(PLATE));
    citizen.post(zhang, BASE + "/simulation/random-batches", stateBody)
        .andExpect(jsonPath("$.batch.length()").value(10)).andExpect(jsonPath("$.randomBatchesLeft").value(2));

    assertThat(counts()).isEqualTo(before);
    assertThat(plate.poolStatus(PLATE)).isEqualTo("AVAILABLE");
  }

  private Map<String, Integer> counts() {
    return Map.of("application", count("SELECT COUNT(*) FROM application"),
        "plate_selection", count("SELECT COUNT(*) FROM plate_selection"),
        "plate_pool_taken", count("SELECT COUNT(*) FROM plate_pool WHERE status <> 'AVAILABLE'"),
        "sms_code", count("SELECT COUNT(*) FROM sms_code"),
        "ACT_HI_PROCINST", count("SELECT COUNT(*) FROM ACT_HI_PROCINST"),
        "ACT_RU_EXECUTION", count("SELECT COUNT(*) FROM ACT_RU_EXECUTION"));
  }

  private int count(String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }

  private void select() throws Exception {
    String zhang = citizen.login(DemoCitizens.ZHANG_WEI);
    long id = plate.readyToSelect(zhang, DemoCitizens.ZHANG_WEI, ZHANG_CAR_VIN, ZHANG_CAR_CERT, "440800");
    ResultActions selected = plate.compose(zhang, id, "粤G12A46", PLATE).andExpect(status().isOk())
        .andExpect(jsonPath("$.selection.validUntil").value("2026-10-23T17:30:00+08:00"));
    serial = plate.read(selected).at("/selection/serialNumber").asText();
    time.runDueJobs();
  }
}
