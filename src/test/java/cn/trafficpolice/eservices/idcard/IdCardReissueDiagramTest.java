package cn.trafficpolice.eservices.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The diagram keeps the process contract (DESIGN.md) whatever an analyst changes in Modeler. */
class IdCardReissueDiagramTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = IdCardReissueDiagramTest.class.getResourceAsStream("/IdCardReissue.bpmn")) {
      model = Bpmn.readModelFromStream(in);
    }
  }

  @Test
  void everyElementHasAReadableIdNamedInTheConstantsAndIsDrawn() {
    Set<String> constants = constants("");
    Set<String> drawn = Stream.concat(
            model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()),
            model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()))
        .collect(Collectors.toSet());
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).matches("(StartEvent|EndEvent|Task|Gateway|Timer|SubProcess)_[A-Z][A-Za-z]+");
      assertThat(constants).as("constant for %s", node.getId()).contains(node.getId());
      assertThat(node.getName()).as("business label of %s", node.getId()).isNotBlank();
      assertThat(drawn).as("shape of %s", node.getId()).contains(node.getId());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(flow.getId()).matches("Flow_[A-Z][A-Za-z]+");
      assertThat(drawn).as("edge of %s", flow.getId()).contains(flow.getId());
    }
  }

  @Test
  void serviceTasksAreSavePointsOnNamedBeans() { // DESIGN: every service task a save point
    Set<String> beans = constants("BEAN_");
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.isCamundaAsyncBefore()).as("asyncBefore on %s", task.getId()).isTrue();
      assertThat(beans).as("bean of %s", task.getId())
          .contains(task.getCamundaDelegateExpression().replaceAll("^\\$\\{(.+)}$", "$1"));
    }
  }

  @Test
  void everyUserTaskHasItsGroupADueDateAFormAndTheDecisionCheck() { // ID-2, ID-3, ID-4
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String group = Set.of(IdCardReissueProcess.TASK_SUPERVISE_OVERDUE, IdCardReissueProcess.TASK_SUPERVISE_PRODUCTION)
          .contains(task.getId()) ? ReviewGroups.ID_CARD_HEADS : ReviewGroups.ID_CARD_CLERKS;
      assertThat(task.getCamundaCandidateGroups()).as("group of %s", task.getId()).isEqualTo(group);
      assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
      String form = task.getCamundaFormKey().replace("embedded:deployment:", "/");
      assertThat(getClass().getResource(form)).as(form).isNotNull();
      assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
          .extracting(CamundaTaskListener::getCamundaDelegateExpression)
          .containsExactly("${" + IdCardReissueProcess.BEAN_CLERK_DECISION + "}");
    }
  }

  private static Set<String> constants(String prefix) {
    return Arrays.stream(IdCardReissueProcess.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().startsWith(prefix))
        .map(IdCardReissueDiagramTest::value).collect(Collectors.toSet());
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
