package cn.trafficpolice.eservices.benchmark;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess;
import cn.trafficpolice.eservices.filing.VehicleFilingProcess;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the photo reviewers' queue through the engine API, as the engine itself would: each instance of the real
 * e-licence process is started at its review task (the steps before it need an application's data, the queue
 * does not), so the task, its candidate group link, its authorizations and its history are the engine's own.
 * Instances are started in transactions of {@value #BATCH} on two threads. On PostgreSQL the first
 * {@value #TEMPLATES} such instances are the templates that {@link QueueCloner} multiplies.
 */
final class QueueSeeder {

  static final String BUSINESS_KEY_PREFIX = "BENCH-Q-";
  /** A business key is the application's serial number, which the app's tables hold in 32 characters. */
  private static final int BUSINESS_KEY_LENGTH = 32;
  static final int TEMPLATES = 1000;
  private static final int BATCH = 500;

  private final ProcessEngine engine;
  private final TransactionTemplate transactions;
  private final QueueCloner cloner;

  /** @param cloner null: every task through the engine */
  QueueSeeder(ProcessEngine engine, TransactionTemplate transactions, QueueCloner cloner) {
    this.engine = engine;
    this.transactions = transactions;
    this.cloner = cloner;
  }

  long openTasks() {
    return engine.getTaskService().createTaskQuery().taskCandidateGroup(ReviewGroups.PHOTO_REVIEWERS)
        .includeAssignedTasks().count();
  }

  /** Tops the queue up to {@code target} open tasks; @return how long it took, in seconds */
  double fillTo(long target) throws Exception {
    long missing = target - openTasks();
    if (missing <= 0) {
      return 0;
    }
    long start = System.nanoTime();
    if (cloner != null) {
      long templates = cloner.templates();
      if (templates < TEMPLATES) {
        startThroughEngine(Math.min(missing, TEMPLATES - templates));
        templates = cloner.templates();
      }
      long open = openTasks();
      int copies = (int) ((target - open) / templates);
      if (copies > 0) {
        long firstCopy = open;
        transactions.executeWithoutResult(tx -> cloner.copy(firstCopy, copies));
      }
      missing = target - openTasks();
    }
    startThroughEngine(missing);
    return (System.nanoTime() - start) / 1e9;
  }

  /** The filing reviewers' queue, through the engine: a small queue beside the large one. */
  void fillOtherQueue(int size) {
    long missing = size - engine.getTaskService().createTaskQuery().taskCandidateGroup(ReviewGroups.FILING_REVIEWERS)
        .includeAssignedTasks().count();
    transactions.executeWithoutResult(tx -> {
      for (long i = 0; i < missing; i++) {
        engine.getRuntimeService().createProcessInstanceByKey(VehicleFilingProcess.KEY)
            .businessKey(businessKey("BENCH-F-"))
            .startBeforeActivity(VehicleFilingProcess.TASK_REVIEW_FILING_PHOTO).execute();
      }
    });
  }

  private void startThroughEngine(long missing) throws Exception {
    if (missing <= 0) {
      return;
    }
    int batches = (int) ((missing + BATCH - 1) / BATCH);
    AtomicInteger nextBatch = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        futures.add(pool.submit(() -> {
          for (int b = nextBatch.getAndIncrement(); b < batches; b = nextBatch.getAndIncrement()) {
            int size = (int) Math.min(BATCH, missing - (long) b * BATCH);
            transactions.executeWithoutResult(tx -> startAtReview(size));
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A random business key as long as a serial number may be: the application records an instance's steps under
   * its business key, in a column of {@value #BUSINESS_KEY_LENGTH}.
   */
  static String businessKey(String prefix) {
    return prefix + java.util.UUID.randomUUID().toString().replace("-", "")
        .substring(0, BUSINESS_KEY_LENGTH - prefix.length());
  }

  private void startAtReview(int count) {
    for (int i = 0; i < count; i++) {
      engine.getRuntimeService().createProcessInstanceByKey(ElectronicLicenceProcess.KEY)
          .businessKey(businessKey(BUSINESS_KEY_PREFIX))
          .startBeforeActivity(ElectronicLicenceProcess.TASK_REVIEW_PHOTO)
          .execute();
    }
  }
}
