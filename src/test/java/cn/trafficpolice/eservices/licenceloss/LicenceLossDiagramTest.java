package cn.trafficpolice.eservices.licenceloss;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The diagram keeps the process contract (DESIGN.md) whatever an analyst changes in Modeler. */
class LicenceLossDiagramTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = LicenceLossDiagramTest.class.getResourceAsStream("/LicenceLossReplacement.bpmn")) {
      model = Bpmn.readModelFromStream(in);
    }
  }

  @Test
  void isExecutableWithItsKeyAndHistoryTimeToLive() {
    Process process = model.getModelElementById(LicenceLossProcess.KEY);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
  }

  @Test
  void everyElementHasAReadableIdNamedInTheConstants() {
    Set<String> constants = constants("");
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).matches("(StartEvent|EndEvent|Task|Gateway|Timer|Event)_[A-Z][A-Za-z]+");
      assertThat(constants).as("constant for %s", node.getId()).contains(node.getId());
      boolean join = node instanceof Gateway && node.getIncoming().size() > 1;
      assertThat(join || node.getName() != null).as("business label of %s", node.getId()).isTrue();
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(flow.getId()).matches("Flow_[A-Z][A-Za-z]+");
    }
  }

  @Test
  void everyElementIsDrawn() {
    Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
        .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
    drawn.addAll(model.getModelElementsByType(BpmnEdge.class).stream()
        .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet()));
    assertThat(drawn).containsAll(ids(model.getModelElementsByType(FlowNode.class)))
        .containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
  }

  @Test
  void serviceTasksRunAfterTheSubmissionCommittedOnNamedBeans() { // DESIGN: a save point before each side effect
    Set<String> beans = constants("BEAN_");
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(committedBefore(task, new HashSet<>())).as("a wait state or save point before %s", task.getId())
          .isTrue();
      String bean = task.getCamundaDelegateExpression().replaceAll("^\\$\\{(.+)}$", "$1");
      assertThat(beans).as("bean of %s", task.getId()).contains(bean);
    }
  }

  @Test
  void acceptanceRunsInTheTimersJobAndProductionAfterASavePoint() { // issue 14: LL-7 is not rolled back
    assertThat(this.<ServiceTask>element(LicenceLossProcess.TASK_CHECK_LICENCE).isCamundaAsyncBefore()).isFalse();
    assertThat(this.<ServiceTask>element(LicenceLossProcess.TASK_ACCEPT_APPLICATION).isCamundaAsyncBefore())
        .isFalse();
    assertThat(this.<ServiceTask>element(LicenceLossProcess.TASK_REFUSE_APPLICATION).isCamundaAsyncBefore())
        .isFalse();
    assertThat(this.<ServiceTask>element(LicenceLossProcess.TASK_PRODUCE_LICENCE).isCamundaAsyncBefore())
        .as("producing the licence must not roll back the acceptance").isTrue();
  }

  /**
   * Every path into {@code node} passes a wait state (a catch event, a user or receive task) or an element with
   * asyncBefore before it meets the start event, so the citizen's submission has committed when the node runs.
   */
  private static boolean committedBefore(FlowNode node, Set<String> seen) {
    if (node.isCamundaAsyncBefore() || !seen.add(node.getId())) {
      return true;
    }
    for (FlowNode previous : node.getPreviousNodes().list()) {
      if (previous instanceof StartEvent) {
        return false;
      }
      boolean waits = previous instanceof CatchEvent || previous instanceof UserTask
          || previous instanceof ReceiveTask || previous.isCamundaAsyncAfter();
      if (!waits && !committedBefore(previous, seen)) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private <T extends BaseElement> T element(String id) {
    return (T) model.getModelElementById(id);
  }

  @Test
  void theHandoverIsQueuedForLicenceClerksWithADueDateAndAForm() {
    UserTask handover = model.getModelElementById(LicenceLossProcess.TASK_HAND_OVER_LICENCE);
    assertThat(handover.getCamundaCandidateGroups()).isEqualTo(ReviewGroups.LICENCE_CLERKS);
    assertThat(handover.getCamundaDueDate()).isNotBlank();
    String form = handover.getCamundaFormKey().replace("embedded:deployment:", "/");
    assertThat(getClass().getResource(form)).as(form).isNotNull();
  }

  @Test
  void theParcelChaseIsQueuedForLicenceClerksWithADueDateAFormAndTheOutcomeCheck() { // LL-4
    UserTask chase = model.getModelElementById(LicenceLossProcess.TASK_CHASE_PARCEL);
    assertThat(chase.getCamundaCandidateGroups()).isEqualTo(ReviewGroups.LICENCE_CLERKS);
    assertThat(chase.getCamundaDueDate()).contains(LicenceLossFigures.BEAN + ".parcelChaseDueWorkingDays");
    String form = chase.getCamundaFormKey().replace("embedded:deployment:", "/");
    assertThat(getClass().getResource(form)).as(form).isNotNull();
    assertThat(chase.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
        .extracting(CamundaTaskListener::getCamundaDelegateExpression)
        .containsExactly("${" + LicenceLossProcess.BEAN_CHECK_PARCEL_CHASE + "}");
  }

  @Test
  void theCitizenSeesTheStepsOfSeed000InProgress() { // SH-2
    Set<String> steps = model.getModelElementsByType(CamundaProperty.class).stream()
        .filter(p -> "citizenStep".equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
        .collect(Collectors.toSet());
    assertThat(steps).contains("提交申请", "受理", "制证", "邮寄", "待领取", "已领取", "已签收", "不予受理");
  }

  private static Set<String> ids(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
  }

  private static Set<String> constants(String prefix) {
    return Arrays.stream(LicenceLossProcess.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().startsWith(prefix))
        .map(LicenceLossDiagramTest::value).collect(Collectors.toSet());
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
