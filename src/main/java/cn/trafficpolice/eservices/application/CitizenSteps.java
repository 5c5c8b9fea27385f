package cn.trafficpolice.eservices.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.NoneStartEventActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Records the steps of SH-2's progress as an instance passes them: every element whose extension property
 * {@value #STEP_PROPERTY} (set in Modeler's "Extension properties") names a step gets a built-in listener — it runs
 * even when an operator modifies an instance skipping custom listeners — that writes the step to the app's tables.
 */
@Component
class CitizenSteps extends AbstractProcessEnginePlugin {

  static final String STEP_PROPERTY = "citizenStep";

  private final ApplicationStepStore steps;
  private final ZoneId zone;

  CitizenSteps(ApplicationStepStore steps, Clock clock) {
    this.steps = steps;
    this.zone = clock.getZone();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseRootElement(Element root, List<ProcessDefinitionEntity> definitions) {
        definitions.forEach(definition -> listenTo(root, definition));
      }
    });
  }

  private void listenTo(Element element, ProcessDefinitionEntity definition) {
    String id = element.attribute("id");
    ActivityImpl activity = id == null ? null : definition.findActivity(id);
    if (activity != null) {
      Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(element);
      String step = properties == null ? null : properties.get(STEP_PROPERTY);
      if (step != null && !step.isBlank() && passesAtOnce(activity)) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, passed(step));
      } else if (step != null && !step.isBlank()) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, started(step));
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) this::finished);
      }
    }
    element.elements().forEach(child -> listenTo(child, definition));
  }

  /**
   * A none start or end event starts and ends in one instant of one transaction: its step is written once, when it
   * ends, instead of an insert and an update (issue 14).
   */
  private static boolean passesAtOnce(ActivityImpl activity) {
    ActivityBehavior behavior = activity.getActivityBehavior();
    return !activity.isAsyncBefore() && !activity.isAsyncAfter()
        && (behavior instanceof NoneStartEventActivityBehavior || behavior instanceof NoneEndEventActivityBehavior);
  }

  private ExecutionListener passed(String step) {
    return execution -> {
      if (execution.getProcessBusinessKey() != null) {
        steps.passed(execution.getProcessBusinessKey(), execution.getActivityInstanceId(), step, now());
      }
    };
  }

  private ExecutionListener started(String step) {
    return execution -> {
      // every application's instance has its serial as business key; an instance without one is no application
      if (execution.getProcessBusinessKey() != null) {
        steps.started(execution.getProcessBusinessKey(), execution.getActivityInstanceId(), step, now());
      }
    };
  }

  private void finished(DelegateExecution execution) {
    steps.finished(execution.getActivityInstanceId(), now());
  }

  private OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toOffsetDateTime();
  }
}
