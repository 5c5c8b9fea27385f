package cn.trafficpolice.eservices.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 14: a decision table evaluated as a request's pre-check leaves no history; evaluated for a process instance
 * it is recorded with it; everything else stays at the full level.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreCheckEvaluationsTest {

  private static final String DECISION = "LicenceStateEligibility";
  private static final Map<String, Object> SEIZED = Map.of("licenceStates", "D", "medicalCheckOverdue", false);

  private ProcessEngine engine;

  @BeforeAll
  void buildEngine() {
    CamundaBpmProperties camunda = new CamundaBpmProperties();
    camunda.setHistoryLevel(ProcessEngineConfiguration.HISTORY_FULL);
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:pre-check-evaluations;DB_CLOSE_DELAY=-1")
        .setProcessEngineName("pre-check-evaluations")
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setProcessEnginePlugins(List.<ProcessEnginePlugin>of(new PreCheckEvaluations(camunda)));
    engine = configuration.buildProcessEngine();
    BpmnModelInstance withRuleTask = Bpmn.createExecutableProcess("RuleTaskProbe").camundaHistoryTimeToLive(1)
        .startEvent().businessRuleTask().camundaDecisionRef(DECISION).camundaResultVariable("reasons")
        .userTask().endEvent().done();
    engine.getRepositoryService().createDeployment().addClasspathResource(DECISION + ".dmn")
        .addModelInstance("RuleTaskProbe.bpmn", withRuleTask).deploy();
  }

  @AfterAll
  void closeEngine() {
    engine.close();
  }

  @Test
  void aPreCheckOfARequestLeavesNoDecisionHistory() { // EL-1
    var result = engine.getDecisionService().evaluateDecisionTableByKey(DECISION, SEIZED);

    assertThat(result.collectEntries("reason")).hasSize(1);
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(DECISION)
        .list()).allSatisfy(recorded -> assertThat(recorded.getProcessInstanceId()).isNotNull());
  }

  @Test
  void aDecisionOfAnInstanceIsRecordedWithIt() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("RuleTaskProbe", SEIZED).getId();

    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(instance)
        .includeInputs().singleResult().getInputs()).hasSize(2);
    // the rest of the full level: each variable's update detail
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).count())
        .isGreaterThanOrEqualTo(3);
    assertThat(engine.getManagementService().getHistoryLevel())
        .isEqualTo(ProcessEngineConfigurationImpl.HISTORYLEVEL_FULL);
  }
}
