package cn.trafficpolice.eservices.retention;

import java.util.Map;
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

  /** Two queries whatever the number of keys and versions (one per key took most of a restart's ready time). */
  @EventListener(ApplicationReadyEvent.class)
  void apply() {
    Map<String, Integer> days = retention.historyDays();
    if (days.isEmpty()) {
      return;
    }
    String[] keys = days.keySet().toArray(String[]::new);
    repository.createProcessDefinitionQuery().processDefinitionKeysIn(keys).list().stream()
        .filter(d -> !Objects.equals(d.getHistoryTimeToLive(), days.get(d.getKey())))
        .forEach(d -> repository.updateProcessDefinitionHistoryTimeToLive(d.getId(), days.get(d.getKey())));
    // the engine's decision query has no list of keys; an office deploys a handful of decision tables
    repository.createDecisionDefinitionQuery().list().stream().filter(d -> days.containsKey(d.getKey()))
        .filter(d -> !Objects.equals(d.getHistoryTimeToLive(), days.get(d.getKey())))
        .forEach(d -> repository.updateDecisionDefinitionHistoryTimeToLive(d.getId(), days.get(d.getKey())));
  }
}
