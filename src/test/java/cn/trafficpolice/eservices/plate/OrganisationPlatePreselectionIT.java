package cn.trafficpolice.eservices.plate;

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

/**
 * PP-10: an organisation's new vehicles are pre-selected by its registered agent, only at the organisation's own
 * registration office. Demo: 济南顺达科技有限公司 (Jinan office 370100), agent 黄敏.
 */
@RestIntegrationTest
class OrganisationPlatePreselectionIT {

  /** The organisation's new small new-energy car and its large new-energy bus. */
  static final String ORGANISATION_CAR_VIN = "LFZ93AL5XNJ000012";
  static final String ORGANISATION_CAR_CERT = "WBJ370100000012";
  static final String ORGANISATION_BUS_VIN = "LSJA24U61NG000011";
  static final String ORGANISATION_BUS_CERT = "WBJ370100000011";
  static final String JINAN = "370100";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;

  PlateDriver plate;
  String agent;

  @BeforeEach
  void agentLoggedIn() throws Exception {
    plate = new PlateDriver(citizen, jdbc, engine);
    plate.cleanUp();
    time.setTo(LocalDateTime.of(2026, 9, 28, 10, 0));
    agent = citizen.login(DemoCitizens.HUANG_MIN);
  }

  @AfterEach
  void cleanUp() {
    plate.cleanUp();
    time.reset();
  }

  @Test
  void theAgentPreselectsAPlateForTheOrganisationsNewCarAtItsOwnOffice() throws Exception { // PP-10
    long selectionId = plate.readyToSelect(agent, DemoCitizens.HUANG_MIN, ORGANISATION_CAR_VIN,
        ORGANISATION_CAR_CERT, JINAN);
    JsonNode batch = plate.read(plate.anotherBatch(agent, selectionId).andExpect(status().isOk()));
    String offered = batch.get("plates").get(0).asText();
    assertThat(offered).startsWith("鲁A").hasSize(8);
    plate.pick(agent, selectionId, offered).andExpect(status().isOk())
        .andExpect(jsonPath("$.plateNumber").value(offered));
  }

  @Test
  void theAgentIsRefusedAtAnyOtherOffice() throws Exception { // PP-10
    plate.start(agent, ORGANISATION_BUS_VIN, ORGANISATION_BUS_CERT, "440800")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.ORGANISATION_OFFICE_ONLY))
        .andExpect(jsonPath("$.detail").value("单位用户只能在本单位登记地的济南市公安局交通警察支队车辆管理所预选号牌"));
    plate.start(agent, ORGANISATION_BUS_VIN, ORGANISATION_BUS_CERT, JINAN).andExpect(status().isCreated())
        .andExpect(jsonPath("$.plateKind").value("LARGE_NEW_ENERGY"));
  }

  @Test
  void aCitizenWhoIsNoAgentCannotPreselectForTheOrganisation() throws Exception { // PP-10 PP-1
    String liuFang = citizen.login(DemoCitizens.LIU_FANG);
    plate.start(liuFang, ORGANISATION_CAR_VIN, ORGANISATION_CAR_CERT, JINAN)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.VEHICLE_NOT_ELIGIBLE));
  }

  @Test
  void theAgentCannotPreselectForAnotherPersonsCar() throws Exception { // PP-1
    plate.start(agent, PlateDriver.ZHANG_CAR_VIN, PlateDriver.ZHANG_CAR_CERT, "440800")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(PlateErrors.VEHICLE_NOT_ELIGIBLE));
  }
}
