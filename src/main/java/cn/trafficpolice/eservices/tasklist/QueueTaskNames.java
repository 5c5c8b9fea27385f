package cn.trafficpolice.eservices.tasklist;

import cn.trafficpolice.eservices.application.ApplicationService;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names every user task of every diagram for the review queue, e.g. {@code LL20261122000123 · 张* · 审核电子照片}:
 * the serial number (the business key), the applicant's masked name from the application's row, and the task's
 * label from the diagram. Added when a diagram is parsed, so the diagrams keep their plain business labels for
 * analysts and a new user task is named the same way without anyone remembering to.
 *
 * <p>The name is stored on the task itself: no variable carries the applicant's name (DESIGN.md).
 */
@Component
class QueueTaskNames extends AbstractProcessEnginePlugin {

  static final String SEPARATOR = " · ";

  /** Looked up when a task is created: the service depends on the engine this plugin helps to build. */
  private final ObjectProvider<ApplicationService> applications;

  QueueTaskNames(ObjectProvider<ApplicationService> applications) {
    this.applications = applications;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new NamingEveryUserTask(new Namer(applications)));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** {@code serial · 张* · label}; without a known applicant {@code serial · label}. */
  static String compose(String serial, String maskedApplicant, String label) {
    return maskedApplicant == null
        ? serial + SEPARATOR + label
        : serial + SEPARATOR + maskedApplicant + SEPARATOR + label;
  }

  private static final class NamingEveryUserTask extends AbstractBpmnParseListener {

    private final TaskListener namer;

    NamingEveryUserTask(TaskListener namer) {
      this.namer = namer;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      // built in, so it runs even when an operator modifies an instance skipping the diagrams' listeners
      ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
          .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, namer);
    }
  }

  private static final class Namer implements TaskListener {

    private final ObjectProvider<ApplicationService> applications;

    Namer(ObjectProvider<ApplicationService> applications) {
      this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
      String serial = task.getExecution().getProcessBusinessKey();
      if (serial == null || task.getName() == null) {
        return;
      }
      String applicant = applications.getObject().maskedApplicantName(serial).orElse(null);
      task.setName(compose(serial, applicant, task.getName()));
    }
  }
}
