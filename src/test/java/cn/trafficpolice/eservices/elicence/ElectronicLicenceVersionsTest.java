package cn.trafficpolice.eservices.elicence;

import static cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceProcessTest.FakeWorkingDays;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A changed diagram deployed as the app deploys at start-up (by name, with duplicate filtering) is a new version
 * for new applications; a running one finishes on the version it started on, or is moved by a migration plan.
 */
@ExtendWith(ProcessEngineExtension.class)
class ElectronicLicenceVersionsTest {

  /** The name of the app's auto-deployment (SpringTransactionsProcessEngineConfiguration). */
  private static final String DEPLOYMENT_NAME = "SpringAutoDeployment";

  ProcessEngine processEngine;
  RepositoryService repository;
  RuntimeService runtime;

  private final ElectronicLicenceOutcomes outcomes = mock(ElectronicLicenceOutcomes.class);

  @BeforeEach
  void registerServices() {
    BpmnAwareTests.init(processEngine);
    repository = processEngine.getRepositoryService();
    runtime = processEngine.getRuntimeService();
    Mocks.register(BEAN_GENERATE_LICENCE, new GenerateDelegate(outcomes));
    Mocks.register(BEAN_REVIEW_DECISION, new ReviewDecisionListener());
    Mocks.register("workingDays", new FakeWorkingDays());
    Mocks.register(ElectronicLicenceFigures.BEAN, new ElectronicLicenceFigures(1, 3));
  }

  @AfterEach
  void undeploy() {
    Mocks.reset();
    repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  void anApplicationStartedOnVersionOneFinishesOnItAfterVersionTwoIsDeployed() throws Exception {
    deploy(original());
    deploy(original());
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count())
        .as("an unchanged diagram is not deployed again").isEqualTo(1);
    ProcessInstance first = start("EL2026112300000001");
    assertThat(definitionOf(first).getVersion()).isEqualTo(1);

    deploy(changed());
    ProcessInstance second = start("EL2026112300000002");
    assertThat(definitionOf(second).getVersion()).isEqualTo(2);
    assertThat(task(second).getName()).isEqualTo("审核电子照片（新版）");

    assertThat(task(first).getName()).isEqualTo("审核电子照片");
    complete(task(first), withVariables(VAR_PHOTO_APPROVED, true));
    execute(job(first));
    BpmnAwareTests.assertThat(first).hasPassed(END_EVENT_LICENCE_ISSUED).isEnded();
    assertThat(definitionOf(first).getVersion()).isEqualTo(1);
  }

  @Test
  void aMigrationPlanMovesARunningApplicationToTheNewVersion() throws Exception {
    ProcessDefinition v1 = deploy(original()).getDeployedProcessDefinitions().get(0);
    ProcessInstance waiting = start("EL2026112300000003");
    ProcessDefinition v2 = deploy(changed()).getDeployedProcessDefinitions().get(0);

    MigrationPlan plan = runtime.createMigrationPlan(v1.getId(), v2.getId()).mapEqualActivities().build();
    runtime.newMigration(plan).processInstanceIds(List.of(waiting.getId())).execute();

    assertThat(definitionOf(waiting).getVersion()).isEqualTo(2);
    assertThat(task(waiting).getName()).as("the waiting task keeps its name until it is created anew")
        .isEqualTo("审核电子照片");
    BpmnAwareTests.assertThat(waiting).isWaitingAt(TASK_REVIEW_PHOTO);
  }

  private DeploymentWithDefinitions deploy(BpmnModelInstance diagram) {
    return repository.createDeployment().name(DEPLOYMENT_NAME).enableDuplicateFiltering(false)
        .addModelInstance("ElectronicLicenceApplication.bpmn", diagram).deployWithResult();
  }

  private ProcessInstance start(String serial) {
    return runtime.createProcessInstanceByKey(KEY).businessKey(serial)
        .setVariable(VAR_PHOTO_SOURCE, PhotoSource.UPLOADED.name()).execute();
  }

  /** Read anew: a migration changes the definition of the instance, an ended one is only in the history. */
  private ProcessDefinition definitionOf(ProcessInstance instance) {
    return repository.getProcessDefinition(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getProcessDefinitionId());
  }

  private static BpmnModelInstance original() throws Exception {
    try (InputStream in = ElectronicLicenceVersionsTest.class.getResourceAsStream(
        "/ElectronicLicenceApplication.bpmn")) {
      return Bpmn.readModelFromStream(in);
    }
  }

  /** What an analyst might change: the review task's label. */
  private static BpmnModelInstance changed() throws Exception {
    BpmnModelInstance diagram = original();
    diagram.<UserTask>getModelElementById(TASK_REVIEW_PHOTO).setName("审核电子照片（新版）");
    return diagram;
  }
}
