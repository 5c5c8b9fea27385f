package cn.trafficpolice.eservices.processes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.processes.ElementTemplates.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Analysts add steps in Camunda Modeler from the element templates (issue 16): every service task is an applied
 * template, carries what its template binds, and no diagram calls a bean that no template offers. The schema
 * itself is checked by {@code .ci/process-check/validate-templates.mjs}.
 */
class ElementTemplatesTest {

  /**
   * Camunda 7 element templates cannot bind task listeners (no {@code camunda:taskListener} binding in the
   * schema), so these user-task checks stay in the diagrams as they are; a new one must be added here knowingly.
   */
  static final Set<String> TASK_LISTENER_BEANS = Set.of("electronicLicenceReviewDecision", "idCardClerkDecision",
      "licenceLossCheckHandover", "licenceLossCheckParcelChase", "vehicleFilingReviewDecision",
      "plateAppealReviewDecision");

  private static final Map<String, Template> TEMPLATES = ElementTemplates.all().stream()
      .collect(Collectors.toMap(Template::key, Function.identity()));

  static List<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  @Test
  void templatesAreDefinedOnceEachUnderTheirOwnNameAndCallOneBean() {
    List<Template> all = ElementTemplates.all();
    assertThat(all).isNotEmpty();
    assertThat(all.stream().map(Template::key)).doesNotHaveDuplicates();
    assertThat(all.stream().map(Template::name)).as("names in Modeler's template list").doesNotHaveDuplicates();
    for (Template template : all) {
      assertThat(template.beans()).as("beans of %s", template.key()).hasSize(1);
      assertThat(template.id()).as("id of template in %s", template.file())
          .isEqualTo("eservices." + template.beans().get(0));
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyServiceTaskIsAnAppliedTemplate(Path file) {
    for (ServiceTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class)) {
      Template template = templateOf(task)
          .orElseThrow(() -> new AssertionError(task.getId() + " in " + file + " uses no element template"));
      assertThat(template.appliesTo()).as("%s applies to", template.key()).contains("bpmn:ServiceTask");
      assertThat(task.getCamundaDelegateExpression()).as("bean of %s", task.getId())
          .isEqualTo(template.value("property", ElementTemplates.DELEGATE_EXPRESSION).orElse(null));
      assertThat(task.isCamundaAsyncBefore()).as("asyncBefore of %s as %s binds it", task.getId(), template.key())
          .isEqualTo(template.value("property", ElementTemplates.ASYNC_BEFORE).map(Boolean::valueOf).orElse(false));
      // with a template applied Modeler shows only what the template binds: a step it does not bind is hidden
      Optional<String> step = citizenStep(task);
      if (template.value("camunda:property", ElementTemplates.CITIZEN_STEP).isPresent()) {
        assertThat(step).as("citizenStep of %s", task.getId()).hasValueSatisfying(s -> assertThat(s).isNotBlank());
      } else {
        assertThat(step).as("citizenStep of %s, which %s does not show", task.getId(), template.key()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyBeanTheDiagramCallsComesFromATemplate(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(templateOf(task)).as("%s of %s from an element template", task.getCamundaDelegateExpression(),
          task.getId()).isPresent();
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      String bean = ElementTemplates.bean(Optional.ofNullable(listener.getCamundaDelegateExpression())
          .orElse(listener.getCamundaExpression()));
      BaseElement owner = owner(listener);
      assertThat(templateOf(owner).map(Template::beans).orElse(List.of()))
          .as("execution listener %s on %s from its template", bean, owner.getId()).contains(bean);
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      assertThat(TASK_LISTENER_BEANS).as("task listener in %s", file)
          .contains(ElementTemplates.bean(listener.getCamundaDelegateExpression()));
    }
  }

  private static Optional<Template> templateOf(BaseElement element) {
    String id = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplate");
    String version = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplateVersion");
    return Optional.ofNullable(TEMPLATES.get(id + "@" + version));
  }

  private static Optional<String> citizenStep(BaseElement element) {
    if (element.getExtensionElements() == null) {
      return Optional.empty();
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> ElementTemplates.CITIZEN_STEP.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).findFirst();
  }

  /** The flow element or process whose extension elements hold the listener. */
  private static BaseElement owner(ModelElementInstance listener) {
    ModelElementInstance parent = listener.getParentElement();
    while (!(parent instanceof BaseElement)) {
      parent = parent.getParentElement();
    }
    return (BaseElement) parent;
  }
}
