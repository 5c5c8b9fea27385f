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
 * "Retry" (or a batch retry of failed jobs on the process definition).
 */
@Component
class EngineMetrics {

  static final String INCIDENTS = "eservices.engine.incidents.open";
  static final String FAILED_JOBS = "eservices.engine.jobs.failed";

  // the engine's services lazily: meters are bound before the engine is up, and read only once it is
  EngineMetrics(@Lazy RuntimeService runtime, @Lazy ManagementService management, MeterRegistry meters) {
    Gauge.builder(INCIDENTS, () -> runtime.createIncidentQuery().count())
        .description("Open incidents, as Cockpit shows them").register(meters);
    Gauge.builder(FAILED_JOBS, () -> management.createJobQuery().noRetriesLeft().count())
        .description("Jobs that failed all their retries").register(meters);
  }
}
