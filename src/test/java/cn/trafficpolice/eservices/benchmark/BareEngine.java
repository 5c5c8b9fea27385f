package cn.trafficpolice.eservices.benchmark;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yardstick: the same engine on the same database, driven through its Java API with two trivial processes the
 * benchmark deploys itself (start → end; start → one user task → end). No HTTP, no security, no app table, no
 * listener of ours but the engine plugins the application registers for every process.
 */
final class BareEngine {

  static final String START_TO_END = "BenchmarkStartToEnd";
  static final String START_TO_TASK = "BenchmarkStartToTask";
  static final String TASK = "Task_Bare";
  static final String USER = "bench.bare";
  static final String BUSINESS_KEY_PREFIX = "BENCH-B-";
  private static final int SEED_BATCH = 500;

  private final ProcessEngine engine;
  private final TransactionTemplate transactions;

  BareEngine(ProcessEngine engine, TransactionTemplate transactions) {
    this.engine = engine;
    this.transactions = transactions;
    // duplicate filtering: a kept database gets the two definitions once, not once per run
    engine.getRepositoryService().createDeployment().name("benchmark-bare-engine").enableDuplicateFiltering(false)
        .addModelInstance(START_TO_END + ".bpmn", Bpmn.createExecutableProcess(START_TO_END)
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .addModelInstance(START_TO_TASK + ".bpmn", Bpmn.createExecutableProcess(START_TO_TASK)
            .camundaHistoryTimeToLive(1).startEvent().userTask(TASK).endEvent().done())
        .deploy();
  }

  /** What a submission's process start costs at the least: an instance that starts and ends. */
  Measurement starts(int clients, int operations) throws Exception {
    return Measurement.of(clients, operations, (c, i) -> engine.getRuntimeService()
        .startProcessInstanceByKey(START_TO_END, QueueSeeder.businessKey(BUSINESS_KEY_PREFIX)));
  }

  /** What a review costs at the least: claim and complete of a user task waiting on its own. */
  Measurement claimsAndCompletes(int clients, int operations) throws Exception {
    List<String> tasks = waitingTasks(operations);
    return Measurement.of(clients, operations, (c, i) -> {
      engine.getTaskService().claim(tasks.get(i), USER);
      engine.getTaskService().complete(tasks.get(i));
    });
  }

  /** Instances of start → user task → end started for the purpose, their tasks unassigned. */
  List<String> waitingTasks(int count) {
    for (int from = 0; from < count; from += SEED_BATCH) {
      int size = Math.min(SEED_BATCH, count - from);
      transactions.executeWithoutResult(tx -> {
        for (int i = 0; i < size; i++) {
          engine.getRuntimeService().startProcessInstanceByKey(START_TO_TASK, QueueSeeder.businessKey(BUSINESS_KEY_PREFIX));
        }
      });
    }
    return engine.getTaskService().createTaskQuery().processDefinitionKey(START_TO_TASK).taskUnassigned()
        .listPage(0, count).stream().map(Task::getId).toList();
  }
}
