package cn.trafficpolice.eservices.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Retention: the engine's history is cleaned up after its time to live, the citizen's progress (SH-2) stays. */
@RestIntegrationTest
@TestPropertySource(properties = {"eservices.retention.history-days.ElectronicLicenceApplication=30",
    "eservices.retention.history-days.ForbiddenPlatePatterns=45"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionIT {

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
  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;

  @BeforeAll
  void deployProbe() {
    repository.createDeployment().addClasspathResource("progress/ProgressProbe.bpmn").deploy();
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void progressOutlivesTheEngineHistory() throws Exception { // SH-2
    long huangMin = jdbc.sql("SELECT id FROM citizen WHERE phone = :phone").param("phone", DemoCitizens.HUANG_MIN)
        .query(Long.class).single();
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    String serial = applications.open(Business.ID_CARD_REISSUE, huangMin, "retention-probe");
    runtime.startProcessInstanceByKey("ProgressProbe", serial);
    time.setTo(LocalDateTime.of(2026, 11, 24, 15, 0));
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(serial).singleResult().getId());

    // the probe keeps its history one day after it ended; two days later the nightly cleanup removes it
    time.setTo(LocalDateTime.of(2026, 11, 26, 2, 0));
    String cleanup = history.cleanUpHistoryAsync(true).getId();
    management.executeJob(cleanup);

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(serial).count()).isZero();
    String token = citizen.login(DemoCitizens.HUANG_MIN);
    JsonNode detail = citizen.read(citizen.get(token, "/api/v1/applications/" + serial).andExpect(status().isOk()));
    assertThat(detail.at("/steps").findValuesAsText("step")).containsExactly("提交申请", "审核", "办结");
    assertThat(detail.at("/steps/1/finishedAt").asText()).startsWith("2026-11-24T15:00");
  }

  @Test
  void anOfficeSetsTheTimeToLiveOfEveryVersionInConfiguration() {
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("ElectronicLicenceApplication").list())
        .isNotEmpty().extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(30);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("LicenceLossReplacement").list())
        .extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(1825);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("ForbiddenPlatePatterns").list())
        .isNotEmpty().extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(45);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("LicenceStateEligibility").list())
        .extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(180);
  }
}
