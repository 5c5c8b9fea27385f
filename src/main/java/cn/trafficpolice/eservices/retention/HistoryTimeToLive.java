package cn.trafficpolice.eservices.retention;

import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies the office's time to live per process and decision (eservices.retention.history-days) to every deployed
 * version on start, so an office changes it in configuration, not in the diagrams. Instances already ended keep
 * the removal time they got when they ended.
 */
@Component
class HistoryTimeToLive {

  private final RepositoryService repository;
  private final RetentionProperties retention;

  HistoryTimeToLive(RepositoryService repository, RetentionProperties retention) {
    this.repository = repository;
    this.retention = retention;
  }

  @EventListener(ApplicationReadyEvent.class)
  void apply() {
    retention.historyDays().forEach((key, days) -> {
      repository.createProcessDefinitionQuery().processDefinitionKey(key).list().stream()
          .filter(d -> !Objects.equals(d.getHistoryTimeToLive(), days))
          .forEach(d -> repository.updateProcessDefinitionHistoryTimeToLive(d.getId(), days));
      repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).list().stream()
          .filter(d -> !Objects.equals(d.getHistoryTimeToLive(), days))
          .forEach(d -> repository.updateDecisionDefinitionHistoryTimeToLive(d.getId(), days));
    });
  }
}
