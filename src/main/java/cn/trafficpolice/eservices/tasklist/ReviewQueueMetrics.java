package cn.trafficpolice.eservices.tasklist;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * For operators: the open and the overdue tasks of each review queue (claimed ones included), counted by the engine
 * when the metrics are read, e.g. {@code eservices.review.tasks.overdue{queue="photo-reviewers"}}.
 */
@Component
class ReviewQueueMetrics {

  static final String OPEN = "eservices.review.tasks.open";
  static final String OVERDUE = "eservices.review.tasks.overdue";

  private final TaskService tasks;
  private final Clock clock;

  // the task service lazily: meters are bound before the engine is up, and read only once it is
  ReviewQueueMetrics(@Lazy TaskService tasks, Clock clock, MeterRegistry meters) {
    this.tasks = tasks;
    this.clock = clock;
    for (ReviewGroups.Group group : ReviewGroups.ALL) {
      Gauge.builder(OPEN, () -> queue(group.id()).count())
          .description("Open tasks of the review queue, claimed or not").tag("queue", group.id()).register(meters);
      Gauge.builder(OVERDUE, () -> queue(group.id()).dueBefore(Date.from(clock.instant())).count())
          .description("Open tasks of the review queue past their due date").tag("queue", group.id())
          .register(meters);
    }
  }

  private TaskQuery queue(String group) {
    return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
  }
}
