package cn.trafficpolice.eservices.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same call on several threads released at the same instant; collects each outcome. */
public final class Concurrently {

  private Concurrently() {
  }

  /** @return per thread, the call's result or the exception it threw */
  public static List<Object> run(int threads, Callable<?> call) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<?> future : futures) {
        try {
          outcomes.add(future.get(60, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.add(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
          throw new AssertionError("a concurrent call did not finish within 60 s", e);
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
