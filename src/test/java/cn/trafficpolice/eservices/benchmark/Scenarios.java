package cn.trafficpolice.eservices.benchmark;

import java.util.Arrays;
import org.springframework.core.env.Environment;

/** {@code -Dbenchmark.scenarios=backlog,startup}: which scenarios a run measures; not set, all of them. */
final class Scenarios {

  static final String PROPERTY = "benchmark.scenarios";

  private Scenarios() {
  }

  static boolean selected(Environment env, String scenario) {
    String chosen = env.getProperty(PROPERTY);
    return chosen == null || chosen.isBlank()
        || Arrays.stream(chosen.split(",")).map(String::trim).anyMatch(scenario::equals);
  }
}
