package cn.trafficpolice.eservices.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * A second yardstick, beside the bare engine's Java API: the same two trivial processes ({@link BareEngine}) started
 * and worked through Camunda's own REST API over HTTP, as the bare starter-webapp application ({@code
 * BareCamundaApplication}) serves it: in a JVM of its own on the benchmark's PostgreSQL database, its job executor
 * off, without security (as the starter ships), driven by as many clients through the same HTTP client as the
 * citizens' front. Its ratio to the Java API is what an HTTP front pays before doing any work of its own.
 */
final class BareEngineOverHttp implements AutoCloseable {

  /** Of the benchmark's ports (issue 14's range, beside the start-up scenario's 18141 and 18142). */
  private static final int PORT = 18143;
  /**
   * Its engine by name: on the test classpath the REST API's "default" would be the in-memory engine of the engine
   * tests' {@code camunda.cfg.xml}.
   */
  private static final String ENGINE = "bare";
  private static final String REST = "/engine-rest/engine/" + ENGINE;

  private final ChildApplication application;
  private final RestFront rest;

  private BareEngineOverHttp(ChildApplication application, RestFront rest) {
    this.application = application;
    this.rest = rest;
  }

  /** Starts the bare application on the database of {@code url}, which already holds the engine's schema. */
  static BareEngineOverHttp start(String url, String user, String password, ObjectMapper json) throws Exception {
    ChildApplication application = ChildApplication.start("bare-rest", PORT, StartupScenario.bare(url,
        "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.history-level=full",
        "--camunda.bpm.database.schema-update=false", "--camunda.bpm.process-engine-name=" + ENGINE),
        Map.of("SPRING_DATASOURCE_USERNAME", user, "SPRING_DATASOURCE_PASSWORD", password));
    return new BareEngineOverHttp(application, new RestFront(PORT, json));
  }

  /** {@link BareEngine#starts}, over HTTP. */
  Measurement starts(int clients, int operations) throws Exception {
    String path = REST + "/process-definition/key/" + BareEngine.START_TO_END + "/start";
    return Measurement.of(clients, operations, (c, i) -> rest.post(null, path,
        Map.of("businessKey", QueueSeeder.businessKey(BareEngine.BUSINESS_KEY_PREFIX)), 200));
  }

  /** {@link BareEngine#claimsAndCompletes}, over HTTP: one request to claim, one to complete. */
  Measurement claimsAndCompletes(int clients, List<String> tasks) throws Exception {
    return Measurement.of(clients, tasks.size(), (c, i) -> {
      rest.post(null, REST + "/task/" + tasks.get(i) + "/claim", Map.of("userId", BareEngine.USER), 204);
      rest.post(null, REST + "/task/" + tasks.get(i) + "/complete", Map.of(), 204);
    });
  }

  @Override
  public void close() throws InterruptedException {
    application.close();
  }
}
