package cn.trafficpolice.eservices.processes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every diagram under processes/ must be for analysts, operators and the engine (DESIGN.md process
 * contract): deployed by the application, named after its process, laid out, readable, with a history time to
 * live, and with a candidate group and a due date on every user task.
 */
@RestIntegrationTest
class ProcessDiagramsIT {

  private static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_[0-9a-z]{7}$");

  @Autowired
  RepositoryService repository;

  static List<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<Path> bpmn = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(bpmn).as("diagrams under processes/").isNotEmpty();
      return bpmn;
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void isDeployedUnderItsFileName(Path file) {
    String key = file.getFileName().toString().replace(".bpmn", "");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().count())
        .as("deployed process %s", key).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void isExecutableWithAHistoryTimeToLive(Path file) {
    Process process = onlyProcess(Bpmn.readModelFromFile(file.toFile()));
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyElementHasAShapeOrEdge(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Set<String> drawn = Stream.concat(
            model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()),
            model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()))
        .collect(Collectors.toSet());
    assertThat(ids(model.getModelElementsByType(FlowNode.class))).allMatch(drawn::contains);
    assertThat(ids(model.getModelElementsByType(SequenceFlow.class))).allMatch(drawn::contains);
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void idsAreReadableAndTasksAreLabelled(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    assertThat(ids(model.getModelElementsByType(BaseElement.class)))
        .noneMatch(id -> GENERATED_ID.matcher(id).matches());
    assertThat(model.getModelElementsByType(FlowNode.class))
        .allSatisfy(node -> assertThat(node.getName()).as("label of %s", node.getId()).isNotBlank());
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void userTasksHaveACandidateGroupAndADueDate(Path file) {
    for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups()).as("candidate group of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void serviceTasksCallBeansByDelegateExpression(Path file) {
    for (ServiceTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaClass()).as("camunda:class of %s", task.getId()).isNull();
      boolean external = "external".equals(task.getCamundaType());
      assertThat(external || task.getCamundaDelegateExpression() != null)
          .as("delegateExpression of %s", task.getId()).isTrue();
    }
  }

  private static Process onlyProcess(BpmnModelInstance model) {
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    assertThat(processes).hasSize(1);
    return processes.iterator().next();
  }

  private static List<String> ids(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).filter(id -> id != null).toList();
  }
}
