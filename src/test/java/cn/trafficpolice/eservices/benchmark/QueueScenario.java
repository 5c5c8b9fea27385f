package cn.trafficpolice.eservices.benchmark;

import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14: the photo reviewers' 本组待办 (first page and count) at growing queue sizes, as Tasklist's filter API
 * runs it for the logged-in reviewer, beside the same query on the bare engine; and a small queue of another group
 * beside the large one.
 */
final class QueueScenario {

  static final String REVIEWER = "photo.reviewer";
  /** Beside the photo queue: a small queue of another group, which the photo tasks must not slow down. */
  static final String OTHER_REVIEWER = "filing.reviewer";
  static final int OTHER_QUEUE = 100;
  /** The shared Tasklist filter of ReviewGroupsSetup. */
  static final String GROUP_TASKS_FILTER = "本组待办";

  private final ProcessEngine engine;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;
  private final String database;
  private final String queueSizes;
  private final int samples;

  QueueScenario(ProcessEngine engine, TransactionTemplate transactions, JdbcTemplate jdbc, String database,
      String queueSizes, int samples) {
    this.engine = engine;
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.database = database;
    this.queueSizes = queueSizes;
    this.samples = samples;
  }

  void run(Report report) throws Exception {
    QueueCloner cloner = database.startsWith("jdbc:postgresql:") ? new QueueCloner(jdbc) : null;
    QueueSeeder seeder = new QueueSeeder(engine, transactions, cloner);
    String filterId = engine.getFilterService().createFilterQuery().filterName(GROUP_TASKS_FILTER).singleResult()
        .getId();
    seeder.fillOtherQueue(OTHER_QUEUE);
    List<Long> sizes = Arrays.stream(queueSizes.split(",")).map(String::trim).map(Long::valueOf).toList();
    for (long size : sizes) {
      long before = seeder.openTasks();
      if (before > size) {
        report.note("queue " + size + ": skipped, the database already holds " + before + " open tasks");
        continue;
      }
      double seeded = seeder.fillTo(size);
      if (seeded > 0) {
        report.note("queue " + size + ": seeded " + (size - before) + " tasks (engine, PostgreSQL: copies) in "
            + Math.round(seeded) + " s");
      }
      if (cloner != null) {
        // plans follow the statistics, and index-only scans the visibility map, which autovacuum keeps on a
        // production database; this one's may be off
        jdbc.execute("vacuum analyze");
        report.note("queue " + size + ": rows per instance, engine-started / copied: " + cloner.verify()
            + "; " + engineReadsACopy());
      }
      measureQueue(report, "queue " + size + ": 本组待办", filterId, REVIEWER, ReviewGroups.PHOTO_REVIEWERS);
      measureQueue(report, "queue " + size + ", " + OTHER_QUEUE + " of another group: its 本组待办", filterId,
          OTHER_REVIEWER, ReviewGroups.FILING_REVIEWERS);
    }
  }

  private void measureQueue(Report report, String scenario, String filterId, String user, String group)
      throws Exception {
    FilterService filters = engine.getFilterService();
    asReviewer(user, group, () -> filters.listPage(filterId, 0, 15));
    Measurement page = Measurement.of(1, samples,
        (c, i) -> asReviewer(user, group, () -> filters.listPage(filterId, 0, 15)));
    Measurement count = Measurement.of(1, samples, (c, i) -> asReviewer(user, group, () -> filters.count(filterId)));
    Measurement barePage = Measurement.of(1, samples, (c, i) -> bareQueue(group).listPage(0, 15));
    Measurement bareCount = Measurement.of(1, samples, (c, i) -> bareQueue(group).count());
    report.row(scenario + " first page (15)", 1, page, barePage);
    report.row(scenario + " count", 1, count, bareCount);
  }

  /**
   * What Tasklist's filter API runs for the logged-in reviewer: the filter's query with the reviewer and their
   * groups authenticated, so with the engine's authorization check.
   */
  private void asReviewer(String user, String group, Runnable query) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, List.of(group));
    try {
      query.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The engine's own view of a copied instance: its task, and the activity tree built from its executions. */
  private String engineReadsACopy() {
    List<Task> copies = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKeyLike(QueueCloner.CLONE_KEY_PREFIX + "%").listPage(0, 1);
    if (copies.isEmpty()) {
      return "no copies";
    }
    Task task = copies.get(0);
    var tree = engine.getRuntimeService().getActivityInstance(task.getProcessInstanceId());
    return "a copy's task " + task.getTaskDefinitionKey() + " in group " + engine.getTaskService()
        .getIdentityLinksForTask(task.getId()).get(0).getGroupId() + ", activity tree "
        + tree.getChildActivityInstances()[0].getActivityId();
  }

  /** The same query as the filter, on the bare engine: no authenticated user, so no authorization check. */
  private TaskQuery bareQueue(String group) {
    return engine.getTaskService().createTaskQuery().taskCandidateGroup(group)
        .includeAssignedTasks().orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
  }
}
