package cn.trafficpolice.eservices.retention;

import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies the office's time to live per process and decision (eservices.retention.history-days) to every deployed
 * version on start, so an office changes it in configuration, not in the diagrams. Instances already ended keep
 * the removal time they got when they ended.
 *
 * <p>The versions are read as three columns of the engine's tables, not through its definition queries: those parse
 * every version they return (to fetch its documentation), which was most of a restart's ready time (issue 14). The
 * few versions whose time to live differs are then changed through the engine's API.
 */
@Component
class HistoryTimeToLive {

  private static final String VERSIONS = "SELECT ID_, KEY_, HISTORY_TTL_ FROM %s WHERE KEY_ IN (:keys)";

  private final RepositoryService repository;
  private final ManagementService management;
  private final JdbcClient jdbc;
  private final RetentionProperties retention;

  HistoryTimeToLive(RepositoryService repository, ManagementService management, JdbcClient jdbc,
      RetentionProperties retention) {
    this.repository = repository;
    this.management = management;
    this.jdbc = jdbc;
    this.retention = retention;
  }

  /** One query per kind of definition, whatever the number of keys and versions. */
  @EventListener(ApplicationReadyEvent.class)
  void apply() {
    Map<String, Integer> days = retention.historyDays();
    if (days.isEmpty()) {
      return;
    }
    update(ProcessDefinitionEntity.class, days, repository::updateProcessDefinitionHistoryTimeToLive);
    update(DecisionDefinitionEntity.class, days, repository::updateDecisionDefinitionHistoryTimeToLive);
  }

  private void update(Class<?> definition, Map<String, Integer> days, BiConsumer<String, Integer> change) {
    jdbc.sql(VERSIONS.formatted(management.getTableName(definition))).param("keys", days.keySet())
        .query((row, n) -> new Version(row.getString("ID_"), row.getString("KEY_"),
            row.getObject("HISTORY_TTL_", Integer.class)))
        .list().stream()
        .filter(v -> !Objects.equals(v.days(), days.get(v.key())))
        .forEach(v -> change.accept(v.id(), days.get(v.key())));
  }

  private record Version(String id, String key, Integer days) {
  }
}
