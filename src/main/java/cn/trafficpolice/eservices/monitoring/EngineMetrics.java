package cn.trafficpolice.eservices.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * For operators, an alert that needs no SMS: open incidents (each a job that failed its retries, or another
 * failure Cockpit shows) and jobs without retries left. Retry them in Cockpit: the process instance's incident,
 * "Retry" (or a batch retry of failed jobs on the process definition). And the job backlog: jobs due and not locked
 * by any node (a lock that ran out counts: its job waits for another node), which grows when the cluster's job
 * executors cannot keep up. The job executor's own counts: {@link JobExecutorMetrics}.
 */
@Component
class EngineMetrics {

  static final String INCIDENTS = "eservices.engine.incidents.open";
  static final String FAILED_JOBS = "eservices.engine.jobs.failed";
  static final String JOB_BACKLOG = "camunda.job.backlog";

  // the engine's services lazily: meters are bound before the engine is up, and read only once it is
  EngineMetrics(@Lazy RuntimeService runtime, @Lazy ManagementService management, MeterRegistry meters) {
    Gauge.builder(INCIDENTS, () -> runtime.createIncidentQuery().count())
        .description("Open incidents, as Cockpit shows them").register(meters);
    Gauge.builder(FAILED_JOBS, () -> management.createJobQuery().noRetriesLeft().count())
        .description("Jobs that failed all their retries").register(meters);
    Gauge.builder(JOB_BACKLOG, () -> dueAndNotLocked(management))
        .description("Jobs due and not locked by any node: waiting for a job executor").register(meters);
  }

  private static long dueAndNotLocked(ManagementService management) {
    long due = management.createJobQuery().executable().active().count();
    long locked = management.createJobQuery().executable().active().acquired().count();
    // two queries: a job created and locked between them would count below zero
    return Math.max(0, due - locked);
  }
}
