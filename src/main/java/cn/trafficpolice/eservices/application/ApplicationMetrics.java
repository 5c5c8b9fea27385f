package cn.trafficpolice.eservices.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Operations: per business, the applications submitted and those that reached each outcome, counted once the
 * transaction that recorded them commits (a rolled-back submission is no application). Names:
 * {@code eservices.applications.submitted}, {@code .accepted}, {@code .rejected}, {@code .completed},
 * {@code .cancelled}, each tagged with {@code business}.
 */
@Component
class ApplicationMetrics {

  private final Map<Business, Counter> submitted = new EnumMap<>(Business.class);
  private final Map<ApplicationStatus, Map<Business, Counter>> reached = new EnumMap<>(ApplicationStatus.class);

  ApplicationMetrics(MeterRegistry registry) {
    for (Business business : Business.values()) {
      submitted.put(business, counter(registry, "submitted", business));
    }
    outcome(registry, ApplicationStatus.IN_PROGRESS, "accepted");
    outcome(registry, ApplicationStatus.REJECTED, "rejected");
    outcome(registry, ApplicationStatus.COMPLETED, "completed");
    outcome(registry, ApplicationStatus.CANCELLED, "cancelled");
  }

  void submitted(Business business) {
    afterCommit(submitted.get(business));
  }

  void reached(Business business, ApplicationStatus status) {
    Map<Business, Counter> counters = reached.get(status);
    if (counters != null) {
      afterCommit(counters.get(business));
    }
  }

  private void outcome(MeterRegistry registry, ApplicationStatus status, String name) {
    Map<Business, Counter> counters = new EnumMap<>(Business.class);
    for (Business business : Business.values()) {
      counters.put(business, counter(registry, name, business));
    }
    reached.put(status, counters);
  }

  private static Counter counter(MeterRegistry registry, String name, Business business) {
    return Counter.builder("eservices.applications." + name)
        .description("applications " + name + " (SH-2), per business")
        .tag("business", business.processKey())
        .register(registry);
  }

  private static void afterCommit(Counter counter) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      counter.increment();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        counter.increment();
      }
    });
  }
}
