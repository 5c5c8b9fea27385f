package cn.trafficpolice.eservices.retention;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/**
 * Issue 14: the engine keeps its full history, except the evaluations of a decision table made outside any process
 * instance. Those are the pre-checks of a request — EL-1's {@code LicenceStateEligibility} before an e-licence
 * application and at each verification, PP-11's {@code ForbiddenPlatePatterns} for each proposed plate: the answer
 * goes to the caller at once, nothing reads them afterwards (My applications reads the app's own tables), and each
 * one would write a decision instance with its inputs and outputs, three to five rows kept for months. A decision
 * evaluated for an instance (a business rule task, or a delegate's call) is still recorded with it.
 *
 * <p>The level keeps the id of "full", which the database records: nodes with and without it share a database.
 */
@Component
class PreCheckEvaluations extends AbstractProcessEnginePlugin {

  static final HistoryLevel FULL_WITHOUT_PRE_CHECKS = new FullWithoutPreChecks();

  private final CamundaBpmProperties camunda;

  PreCheckEvaluations(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (ProcessEngineConfiguration.HISTORY_FULL.equalsIgnoreCase(camunda.getHistoryLevel())) {
      configuration.setHistoryLevel(FULL_WITHOUT_PRE_CHECKS);
    }
  }

  private static final class FullWithoutPreChecks extends AbstractHistoryLevel {

    @Override
    public int getId() {
      return HistoryLevel.HISTORY_LEVEL_FULL.getId();
    }

    @Override
    public String getName() {
      return "full-without-pre-checks";
    }

    /** The engine asks this for a decision's evaluation inside the command that evaluates it. */
    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return eventType != HistoryEventTypes.DMN_DECISION_EVALUATE || Context.getCoreExecutionContext() != null;
    }
  }
}
