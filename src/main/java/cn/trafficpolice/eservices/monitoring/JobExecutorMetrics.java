package cn.trafficpolice.eservices.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The job executor's own counts, as Micrometer counters of this node: acquisition attempts, jobs acquired (and lost
 * to another node), job executions by outcome, executions the pool's queue refused.
 *
 * <p>The engine counts these in its {@code MetricsRegistry}, whose meters its database reporter empties every
 * 15 minutes into {@code ACT_RU_METER_LOG} (summed over the cluster). Reading those meters would drop to zero at each
 * report, and reading the table would count the other nodes; so the engine's registry is replaced by one that also
 * increments a counter here at the moment the engine marks the occurrence, and the report keeps working as before.
 * An occurrence marked inside an engine transaction counts once that transaction commits: a failure whose
 * bookkeeping is retried after an optimistic-locking conflict counts once. Nothing counts with
 * {@code camunda.bpm.metrics.enabled=false}.
 */
@Component
class JobExecutorMetrics extends AbstractProcessEnginePlugin {

  static final String ACQUISITION_ATTEMPTS = "camunda.job.acquisition.attempts";
  static final String ACQUIRED = "camunda.job.acquired";
  static final String ACQUISITION_LOST = "camunda.job.acquisition.lost";
  static final String EXECUTIONS = "camunda.job.executions";
  static final String REJECTED = "camunda.job.executions.rejected";
  static final String OUTCOME = "outcome";

  private final Map<String, Counter> byEngineMetric;

  JobExecutorMetrics(MeterRegistry meters) {
    byEngineMetric = Map.of(
        Metrics.JOB_ACQUISITION_ATTEMPT, Counter.builder(ACQUISITION_ATTEMPTS)
            .description("Queries of the job executor for due jobs").register(meters),
        Metrics.JOB_ACQUIRED_SUCCESS, Counter.builder(ACQUIRED)
            .description("Due jobs this node locked to execute").register(meters),
        Metrics.JOB_ACQUIRED_FAILURE, Counter.builder(ACQUISITION_LOST)
            .description("Due jobs another node locked first").register(meters),
        Metrics.JOB_SUCCESSFUL, Counter.builder(EXECUTIONS).tag(OUTCOME, "success")
            .description("Jobs executed on this node, by outcome").register(meters),
        Metrics.JOB_FAILED, Counter.builder(EXECUTIONS).tag(OUTCOME, "failure")
            .description("Jobs executed on this node, by outcome").register(meters),
        Metrics.JOB_EXECUTION_REJECTED, Counter.builder(REJECTED)
            .description("Acquired jobs the full job executor queue refused (run later)").register(meters));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setMetricsRegistry(new CountingRegistry(byEngineMetric));
  }

  /** The engine's registry, unchanged, that also counts the job executor's metrics in Micrometer. */
  private static final class CountingRegistry extends MetricsRegistry {

    private final Map<String, Counter> counters;

    CountingRegistry(Map<String, Counter> counters) {
      this.counters = counters;
    }

    @Override
    public void markOccurrence(String name, long times) {
      super.markOccurrence(name, times);
      Counter counter = counters.get(name);
      if (counter != null && times > 0) {
        afterCommit(() -> counter.increment(times));
      }
    }

    private static void afterCommit(Runnable count) {
      if (!TransactionSynchronizationManager.isSynchronizationActive()) {
        count.run();
        return;
      }
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          count.run();
        }
      });
    }
  }
}
