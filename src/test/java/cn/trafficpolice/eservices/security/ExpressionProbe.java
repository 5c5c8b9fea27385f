package cn.trafficpolice.eservices.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/**
 * Visible to the diagrams' expressions like the working-day calendar: {@code ${probe.touch()}} counts its
 * evaluations, so a test sees whether the engine evaluated an expression a request carried.
 */
@TestComponent("probe")
@ExposedToDiagrams
public class ExpressionProbe {

  private final AtomicInteger evaluations = new AtomicInteger();

  public String touch() {
    evaluations.incrementAndGet();
    return "nobody";
  }

  int evaluations() {
    return evaluations.get();
  }
}
