package cn.trafficpolice.eservices.plate;

import static cn.trafficpolice.eservices.plate.PlateDriver.*;
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

/** Phase 1 refusals, service hours and the self-composed and random ways, through the REST front. */
@RestIntegrationTest
class PlatePreselectionIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;

  PlateDriver plate;
  String zhang;

  @BeforeEach
  void cleanUp() throws Exception {
    plate = new PlateDriver(citizen, jdbc, engine);
    plate.cleanUp();
    time.setTo(LocalDateTime.of(2026, 9, 28, 10, 0));
    zhang = citizen.login(DemoCitizens.ZHANG_WEI);
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void phaseOneRefusesBadVinWrongCertificateAndBlockedVehicles() throws Exception { // SH-7, PP-2, PP-9, PA-1
    plate.start(zhang, "LSGZG5359NS000006", ZHANG_CAR_CERT, "440800").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("VIN_INVALID"));
    plate.start(zhang, ZHANG_CAR_VIN, "WBJ000", "440800").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.CERTIFICATE_MISMATCH));
    plate.start(zhang, REGISTERED_VIN, "ANY", "440900").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.VIN_ALREADY_REGISTERED))
        .andExpect(jsonPath("$.detail").value("该车辆已上牌，不能选号，请核对输入！"))
        .andExpect(jsonPath("$.appealPossible").value(true));
    String zhou = citizen.login(DemoCitizens.ZHOU_JIE);
    plate.start(zhou, ZHOU_BLOCKED_VIN, ZHOU_BLOCKED_CERT, "370100").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.VIN_ALREADY_PRESELECTED))
        .andExpect(jsonPath("$.detail").value("该车辆已预选号牌，不允许再次预选号牌！"))
        .andExpect(jsonPath("$.appealPossible").value(true));
  }

  @Test
  void aPreselectedVinCannotBePreselectedAgain() throws Exception { // PP-9
    long id = plate.readyToSelect(zhang, DemoCitizens.ZHANG_WEI, ZHANG_CAR_VIN, ZHANG_CAR_CERT, "440800");
    plate.compose(zhang, id, "粤G12A46", "粤G498J8").andExpect(status().isOk());

    plate.start(zhang, ZHANG_CAR_VIN, ZHANG_CAR_CERT, "440800").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.VIN_ALREADY_PRESELECTED));
  }

  @Test
  void nonRealNameAccountSelectsOnlyAtTheVehiclesOffice() throws Exception { // PP-1, PP-10
    String zhou = citizen.login(DemoCitizens.ZHOU_JIE);
    plate.start(zhou, ZHOU_CAR_VIN, ZHOU_CAR_CERT, "440800").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.OFFICE_NOT_ALLOWED));
    plate.start(zhou, ZHOU_CAR_VIN, ZHOU_CAR_CERT, "440900").andExpect(status().isCreated())
        .andExpect(jsonPath("$.officeName").value("茂名市公安局交通警察支队车辆管理所"));
    citizen.get(zhou, BASE + "/offices").andExpect(jsonPath("$[?(@.code == '440900')].serviceHours")
        .value("08:30-17:30"));
  }

  @Test
  void phaseTwoOnlyWithinTheOfficesServiceHours() throws Exception { // PP-3
    time.setTo(LocalDateTime.of(2026, 9, 28, 18, 0));
    String zhou = citizen.login(DemoCitizens.ZHOU_JIE);
    long id = plate.started(zhou, ZHOU_CAR_VIN, ZHOU_CAR_CERT, "440900");
    plate.verify(zhou, DemoCitizens.ZHOU_JIE, id, ZHOU_CAR_VIN).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.OUTSIDE_SERVICE_HOURS))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("08:30-17:30")));

    time.setTo(LocalDateTime.of(2026, 9, 29, 8, 31));
    zhou = citizen.login(DemoCitizens.ZHOU_JIE);
    plate.verify(zhou, DemoCitizens.ZHOU_JIE, id, ZHOU_CAR_VIN).andExpect(status().isOk())
        .andExpect(jsonPath("$.verified").value(true));
  }

  @Test
  void selectingNeedsTheSmsCheck() throws Exception { // PP-3
    long id = plate.started(zhang, ZHANG_CAR_VIN, ZHANG_CAR_CERT, "440800");
    plate.compose(zhang, id, "粤G12A46", "粤G498J8").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.SMS_VERIFICATION_REQUIRED));
  }

  @Test
  void selfComposedCheckOfNUnavailableSpendsN() throws Exception { // PP-4
    long id = plate.readyToSelect(zhang, DemoCitizens.ZHANG_WEI, ZHANG_CAR_VIN, ZHANG_CAR_CERT, "440800");
    plate.compose(zhang, id, "粤G12A45", "粤G23B56").andExpect(status().isOk())
        .andExpect(jsonPath("$.selected").value(false))
        .andExpect(jsonPath("$.unavailable.length()").value(2))
        .andExpect(jsonPath("$.selection.selfComposedLeft").value(8));

    JsonNode done = plate.read(plate.compose(zhang, id, "粤G12A46", "粤G498J8").andExpect(status().isOk()));

    assertThat(done.get("selected").asBoolean()).isTrue();
    assertThat(done.at("/selection/plateNumber").asText()).isEqualTo("粤G498J8");
    assertThat(done.at("/selection/selfComposedLeft").asInt()).isEqualTo(8);
    assertThat(done.at("/selection/status").asText()).isEqualTo("SELECTED");
    assertThat(plate.poolStatus("粤G498J8")).isEqualTo("RESERVED");
  }

  @Test
  void malformedAndForbiddenProposalsAreRefusedWithoutSpending() throws Exception { // PP-11, PP-4
    long id = plate.readyToSelect(zhang, DemoCitizens.ZHANG_WEI, ZHANG_CAR_VIN, ZHANG_CAR_CERT, "440800");
    plate.compose(zhang, id, "粤G1234", "粤G12A45").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PLATE_INVALID"));
    plate.compose(zhang, id, "粤GIO123", "粤G12A45").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PLATE_INVALID"));
    plate.compose(zhang, id, "粤K12A45", "粤G12A46").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PLATE_INVALID"));
    plate.compose(zhang, id, "粤G1A888", "粤G12A45").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.PLATE_FORBIDDEN))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("三个连续相同的数字")));

    citizen.get(zhang, BASE + "/" + id).andExpect(jsonPath("$.selfComposedLeft").value(10));
  }

  @Test
  void eachRandomBatchCostsOneAndIsHeldForTheCitizen() throws Exception { // PP-5
    long id = plate.readyToSelect(zhang, DemoCitizens.ZHANG_WEI, ZHANG_NEV_VIN, ZHANG_NEV_CERT, "440800");
    JsonNode first = plate.read(plate.anotherBatch(zhang, id).andExpect(status().isOk()));
    assertThat(first.get("plates")).hasSize(10);
    assertThat(first.at("/selection/randomBatchesLeft").asInt()).isEqualTo(2);
    String firstPlate = first.get("plates").get(0).asText();
    assertThat(plate.poolStatus(firstPlate)).isEqualTo("HELD");

    JsonNode second = plate.read(plate.anotherBatch(zhang, id).andExpect(status().isOk()));
    assertThat(second.at("/selection/randomBatchesLeft").asInt()).isEqualTo(1);
    String held = second.get("plates").get(0).asText();
    if (!second.get("plates").toString().contains(firstPlate)) {
      plate.pick(zhang, id, firstPlate).andExpect(status().isUnprocessableEntity())
          .andExpect(jsonPath("$.code").value(PlateErrors.PLATE_NOT_HELD));
    }

    plate.pick(zhang, id, held).andExpect(status().isOk()).andExpect(jsonPath("$.plateNumber").value(held))
        .andExpect(jsonPath("$.status").value("SELECTED"));
    assertThat(plate.poolStatus(held)).isEqualTo("RESERVED");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM plate_pool WHERE status = 'HELD'").query(Integer.class).single())
        .isZero();
  }

  @Test
  void aHeldBatchExpiresAfterTheHoldTime() throws Exception { // PP-5
    long id = plate.readyToSelect(zhang, DemoCitizens.ZHANG_WEI, ZHANG_NEV_VIN, ZHANG_NEV_CERT, "440800");
    String held = plate.read(plate.anotherBatch(zhang, id)).get("plates").get(0).asText();

    time.setTo(LocalDateTime.of(2026, 9, 28, 10, 6));

    plate.pick(zhang, id, held).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.PLATE_NOT_HELD));
  }

  @Test
  void bothWaysExhaustedMeansSelectingAtTheOffice() throws Exception { // PP-4, PP-5, PP-6
    String zhou = citizen.login(DemoCitizens.ZHOU_JIE);
    long id = plate.readyToSelect(zhou, DemoCitizens.ZHOU_JIE, ZHOU_CAR_VIN, ZHOU_CAR_CERT, "440900");
    for (int check = 0; check < 5; check++) {
      plate.compose(zhou, id, "粤K1%d0A1".formatted(check), "粤K2%d0B2".formatted(check)).andExpect(status().isOk());
    }
    plate.compose(zhou, id, "粤K12A45", "粤K23B56").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.SELF_COMPOSED_EXHAUSTED));
    for (int batch = 0; batch < 3; batch++) {
      plate.anotherBatch(zhou, id).andExpect(status().isOk());
    }

    plate.anotherBatch(zhou, id).andExpect(jsonPath("$.code").value(PlateErrors.SELECT_AT_OFFICE));
    plate.compose(zhou, id, "粤K12A45", "粤K23B56").andExpect(jsonPath("$.code").value(PlateErrors.SELECT_AT_OFFICE));
    citizen.get(zhou, BASE + "/" + id).andExpect(jsonPath("$.selectAtOffice").value(true));
  }

  @Test
  void anotherCitizensPreselectionIsNotFound() throws Exception { // security: own data only
    long id = plate.started(zhang, ZHANG_CAR_VIN, ZHANG_CAR_CERT, "440800");
    String zhou = citizen.login(DemoCitizens.ZHOU_JIE);
    citizen.get(zhou, BASE + "/" + id).andExpect(status().isNotFound());
    plate.anotherBatch(zhou, id).andExpect(status().isNotFound());
    citizen.get(null, BASE).andExpect(status().isUnauthorized());
  }
}
