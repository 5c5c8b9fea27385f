package cn.trafficpolice.eservices.application;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Reads an application's steps from the engine's history. Which elements are steps, and their citizen-readable
 * names, is part of the diagram: an element with the extension property {@value #STEP_PROPERTY} (set in Modeler's
 * "Extension properties") is shown under that name; other elements are internal and not shown.
 */
@Component
class ProcessProgress {

  static final String STEP_PROPERTY = "citizenStep";

  private final HistoryService history;
  private final RepositoryService repository;
  private final ZoneId zone;

  ProcessProgress(HistoryService history, RepositoryService repository, java.time.Clock clock) {
    this.history = history;
    this.repository = repository;
    this.zone = clock.getZone();
  }

  List<ProgressStep> steps(String serialNumber) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(serialNumber).orderByProcessInstanceStartTime().asc().list()
        .stream().findFirst().orElse(null);
    if (instance == null) {
      return List.of();
    }
    BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .flatMap(a -> stepName(model, a).map(name -> new ProgressStep(name, time(a.getStartTime()),
            time(a.getEndTime()))).stream())
        .toList();
  }

  private static Optional<String> stepName(BpmnModelInstance model, HistoricActivityInstance activity) {
    ModelElementInstance element = model.getModelElementById(activity.getActivityId());
    if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
      return Optional.empty();
    }
    return base.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> STEP_PROPERTY.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst();
  }

  private OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
  }
}
