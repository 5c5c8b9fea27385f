package cn.trafficpolice.eservices.support;

import cn.trafficpolice.eservices.serial.SerialNumberGenerator;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public final class Serials {

  private Serials() {
  }

  /** Draws {@code perThread} serials on each of {@code threads} threads started together; returns the distinct ones. */
  @SuppressWarnings("unchecked")
  public static Set<String> drawConcurrently(SerialNumberGenerator serials, int threads, int perThread)
      throws InterruptedException {
    List<Object> drawn = Concurrently.run(threads,
        () -> IntStream.range(0, perThread).mapToObj(i -> serials.next("NF")).toList());
    return drawn.stream().flatMap(d -> ((Collection<String>) d).stream()).collect(Collectors.toSet());
  }
}
