package cn.trafficpolice.eservices.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared filter 本组待办 puts the earliest due task first, and among tasks due together the oldest first then by
 * id (issue 14: the order of the index idx_task_queue_order, and pages that never repeat a task), also in a
 * database made by an earlier version, and starting again changes nothing.
 */
@RestIntegrationTest
@Transactional
class GroupTasksFilterIT {

  @Autowired
  FilterService filters;
  @Autowired
  TaskService tasks;
  @Autowired
  ReviewGroupsSetup setup;

  @Test
  void theQueueIsSortedByDueDateEarliestFirstThenOldestFirstThenById() {
    List<QueryOrderingProperty> order = ((TaskQueryImpl) groupTasks().getQuery()).getOrderingProperties();

    assertThat(order).extracting(QueryOrderingProperty::getQueryProperty).containsExactly(TaskQueryProperty.DUE_DATE,
        TaskQueryProperty.CREATE_TIME, TaskQueryProperty.TASK_ID);
    assertThat(order).extracting(o -> o.getDirection().getName()).containsOnly("asc");
  }

  @Test
  void aFilterOfAnEarlierVersionIsBroughtUpToDateAtStart() {
    Filter old = groupTasks();
    old.setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    old.setProperties(Map.of("description", "旧的说明", "priority", -10));
    filters.saveFilter(old);

    setup.ensure();

    Filter updated = groupTasks();
    assertThat(updated.getId()).isEqualTo(old.getId());
    assertThat(((TaskQueryImpl) updated.getQuery()).getOrderingProperties())
        .extracting(QueryOrderingProperty::getQueryProperty).containsExactly(TaskQueryProperty.DUE_DATE,
            TaskQueryProperty.CREATE_TIME, TaskQueryProperty.TASK_ID);
    assertThat(updated.getProperties()).containsEntry("refresh", true)
        .doesNotContainEntry("description", "旧的说明");
  }

  @Test
  void startingAgainLeavesAnUpToDateFilterUntouched() {
    int revision = ((FilterEntity) groupTasks()).getRevision();

    setup.ensure();
    setup.ensure();

    assertThat(filters.createFilterQuery().filterName(GroupTasksFilter.NAME).count()).isEqualTo(1);
    assertThat(((FilterEntity) groupTasks()).getRevision()).isEqualTo(revision);
  }

  private Filter groupTasks() {
    return filters.createFilterQuery().filterName(GroupTasksFilter.NAME).singleResult();
  }
}
