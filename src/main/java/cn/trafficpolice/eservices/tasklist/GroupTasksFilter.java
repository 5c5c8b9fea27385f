package cn.trafficpolice.eservices.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;

/**
 * The shared filter 本组待办 every review group sees: its group's open tasks, the earliest due first, and among tasks
 * due at the same time (a day's reviews share one closing time) the oldest first, then by id, so that pages never
 * repeat or skip a task. That order is the index {@code idx_task_queue_order} (migration V180), which lets the first
 * page of a large queue read only its first tasks. Tasklist appends its own sorting after the filter's. A database
 * made by an earlier version gets the current query and properties at start; an unchanged one is left alone, so
 * nodes starting together do not overwrite each other.
 */
final class GroupTasksFilter {

  static final String NAME = "本组待办";

  private GroupTasksFilter() {
  }

  /** Creates the filter or brings it up to date, and returns its id. */
  static String ensure(FilterService filters, TaskService tasks) {
    FilterEntity wanted = wanted(filters, tasks);
    Filter existing = filters.createFilterQuery().filterName(NAME).singleResult();
    if (existing == null) {
      return filters.saveFilter(wanted).getId();
    }
    if (!upToDate((FilterEntity) existing, wanted)) {
      existing.setQuery(wanted.getQuery());
      existing.setProperties(wanted.getProperties());
      filters.saveFilter(existing);
    }
    return existing.getId();
  }

  private static FilterEntity wanted(FilterService filters, TaskService tasks) {
    FilterEntity filter = (FilterEntity) filters.newTaskFilter(NAME)
        .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc())
        .setProperties(Map.of("description", "本组可认领和已认领的任务，到期早的在前，超期的标红", "priority", -10,
            "refresh", true));
    // as a stored filter reads them, so that the comparison sees values, not number types
    filter.setPropertiesInternal(filter.getPropertiesInternal());
    return filter;
  }

  private static boolean upToDate(FilterEntity existing, FilterEntity wanted) {
    return existing.getQueryInternal().equals(wanted.getQueryInternal())
        && existing.getProperties().equals(wanted.getProperties());
  }
}
