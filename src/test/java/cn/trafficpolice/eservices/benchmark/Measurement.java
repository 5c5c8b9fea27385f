package cn.trafficpolice.eservices.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** One measured operation: throughput, latency percentiles and SQL statements per operation. */
record Measurement(int operations, double perSecond, double p50Millis, double p99Millis, double statementsPerOp) {

  interface Operation {
    void run(int client, int index) throws Exception;
  }

  /** Runs {@code operations} calls spread over {@code clients} threads, each call timed on its own. */
  static Measurement of(int clients, int operations, Operation operation) throws Exception {
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long statementsBefore = StatementCounter.executed();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(pool.submit((Callable<Void>) () -> {
          for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
            long t = System.nanoTime();
            operation.run(client, i);
            nanos.add(System.nanoTime() - t);
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
    double seconds = (System.nanoTime() - start) / 1e9;
    long statements = StatementCounter.executed() - statementsBefore;
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return new Measurement(operations, operations / seconds, percentile(sorted, 50), percentile(sorted, 99),
        (double) statements / operations);
  }

  private static double percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
