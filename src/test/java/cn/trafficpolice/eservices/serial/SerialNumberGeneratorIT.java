package cn.trafficpolice.eservices.serial;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SH-2: serial numbers. The same concurrency check runs on PostgreSQL in {@code PostgresPlatformIT}. */
@RestIntegrationTest
class SerialNumberGeneratorIT {

  @Autowired
  SerialNumberGenerator serials;
  @Autowired
  EngineTime time;

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void serialCarriesBusinessAndChinaDate() { // SH-2
    time.setTo(LocalDateTime.of(2026, 11, 22, 0, 30)); // still 21 November in UTC
    assertThat(serials.next("LL")).matches("LL20261122\\d{8}");
  }

  @Test
  void concurrentCallsNeverShareASerial() throws Exception { // SH-2
    assertThat(drawConcurrently(serials, 8, 250)).hasSize(8 * 250);
  }

  /** Draws {@code perThread} serials on each of {@code threads} threads started together; returns them all. */
  public static Set<String> drawConcurrently(SerialNumberGenerator serials, int threads, int perThread)
      throws Exception {
    Set<String> drawn = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Callable<Integer> worker = () -> {
        start.await();
        for (int i = 0; i < perThread; i++) {
          drawn.add(serials.next("NF"));
        }
        return perThread;
      };
      List<Future<Integer>> results = IntStream.range(0, threads).mapToObj(i -> pool.submit(worker)).toList();
      start.countDown();
      for (Future<Integer> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return drawn;
  }
}
