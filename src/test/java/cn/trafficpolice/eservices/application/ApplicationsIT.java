package cn.trafficpolice.eservices.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SH-2: My applications and their progress, derived from the engine's history. */
@RestIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationsIT {

  @Autowired
  ApplicationService applications;
  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  @BeforeAll
  void deployProbe() {
    repository.createDeployment().addClasspathResource("progress/ProgressProbe.bpmn").deploy();
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void progressShowsTheCitizenStepsWithTheirTimes() throws Exception { // SH-2
    long huangMin = citizenId(DemoCitizens.HUANG_MIN);
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    String serial = applications.open(Business.ID_CARD_REISSUE, huangMin, "probe-1");
    runtime.startProcessInstanceByKey("ProgressProbe", serial);
    String token = citizen.login(DemoCitizens.HUANG_MIN);

    JsonNode detail = citizen.read(citizen.get(token, "/api/v1/applications/" + serial).andExpect(status().isOk()));
    assertThat(detail.at("/application/status").asText()).isEqualTo("SUBMITTED");
    assertThat(detail.at("/application/businessName").asText()).isEqualTo("居民身份证补领");
    assertThat(detail.at("/steps").size()).isEqualTo(2);
    assertThat(detail.at("/steps/0/step").asText()).isEqualTo("提交申请");
    assertThat(detail.at("/steps/0/finishedAt").asText()).startsWith("2026-11-23T10:00");
    assertThat(detail.at("/steps/1/step").asText()).isEqualTo("审核");
    assertThat(detail.at("/steps/1/finishedAt").isNull()).isTrue();

    time.setTo(LocalDateTime.of(2026, 11, 24, 15, 0));
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(serial).singleResult().getId());
    applications.update(serial, ApplicationStatus.REJECTED, "不予受理", "户籍信息有误");

    token = citizen.login(DemoCitizens.HUANG_MIN); // a day later: yesterday's token has expired
    detail = citizen.read(citizen.get(token, "/api/v1/applications/" + serial).andExpect(status().isOk()));
    assertThat(detail.at("/steps").size()).isEqualTo(3);
    assertThat(detail.at("/steps/1/finishedAt").asText()).startsWith("2026-11-24T15:00");
    assertThat(detail.at("/steps/2/step").asText()).isEqualTo("办结");
    assertThat(detail.at("/application/statusName").asText()).isEqualTo("未通过");
    assertThat(detail.at("/application/reason").asText()).isEqualTo("户籍信息有误");
  }

  @Test
  void myApplicationsListsOnlyMine() throws Exception { // SH-2
    String serial = applications.open(Business.ID_CARD_REISSUE, citizenId(DemoCitizens.YANG_JING), "probe-2");
    citizen.get(citizen.login(DemoCitizens.YANG_JING), "/api/v1/applications")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].serialNumber").value(serial));
    JsonNode others = citizen.read(citizen.get(citizen.login(DemoCitizens.CHEN_GANG), "/api/v1/applications"));
    others.forEach(a -> assertThat(a.get("serialNumber").asText()).isNotEqualTo(serial));
  }

  @Test
  void anotherCitizensApplicationAnswers404() throws Exception { // SH-2
    String serial = applications.open(Business.ID_CARD_REISSUE, citizenId(DemoCitizens.YANG_JING), "probe-3");
    citizen.get(citizen.login(DemoCitizens.CHEN_GANG), "/api/v1/applications/" + serial)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    citizen.get(citizen.login(DemoCitizens.CHEN_GANG), "/api/v1/applications/ID2026010100000000")
        .andExpect(status().isNotFound());
  }

  @Test
  void oneApplicationUnderWayPerSubject() { // SH-2
    long citizenId = citizenId(DemoCitizens.YANG_JING);
    String first = applications.open(Business.ID_CARD_REISSUE, citizenId, "probe-4");
    assertThatThrownBy(() -> applications.open(Business.ID_CARD_REISSUE, citizenId, "probe-4"))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).code()).isEqualTo(ApplicationService.APPLICATION_UNDER_WAY);

    applications.update(first, ApplicationStatus.COMPLETED, "已办结", null);
    assertThat(applications.open(Business.ID_CARD_REISSUE, citizenId, "probe-4")).isNotEqualTo(first);
  }

  private long citizenId(String phone) {
    return jdbc.sql("SELECT id FROM citizen WHERE phone = :phone").param("phone", phone).query(Long.class).single();
  }
}
