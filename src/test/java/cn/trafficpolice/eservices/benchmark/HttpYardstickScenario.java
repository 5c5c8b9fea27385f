package cn.trafficpolice.eservices.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.env.Environment;

/**
 * Issue 14, {@code yardstick}: how much of the gap between the application and the bare engine's Java API any HTTP
 * front pays. The bare engine's start → end, and its claim + complete, through Camunda's own REST API over HTTP
 * ({@link BareEngineOverHttp}), each beside the same through the Java API, same clients, same database, one run.
 * PostgreSQL only: the H2 file of the benchmark is not opened by two JVMs.
 */
final class HttpYardstickScenario {

  static final String NAME = "yardstick";
  private static final String POSTGRES = "jdbc:postgresql:";
  /** As many as the submissions' (and the reviews'), so the rows compare with theirs. */
  private static final int CLIENTS = SubmissionScenario.CLIENTS;

  private final Environment env;
  private final ObjectMapper json;
  private final BareEngine bare;
  private final int operations;
  private final int warmup;

  HttpYardstickScenario(Environment env, ObjectMapper json, BareEngine bare, int operations, int warmup) {
    this.env = env;
    this.json = json;
    this.bare = bare;
    this.operations = operations;
    this.warmup = warmup;
  }

  void run(Report report) throws Exception {
    String url = env.getProperty("spring.datasource.url", "");
    if (!url.startsWith(POSTGRES)) {
      report.note("yardstick: measured when the benchmark runs on PostgreSQL");
      return;
    }
    try (BareEngineOverHttp http = BareEngineOverHttp.start(url, env.getProperty("spring.datasource.username",
        "postgres"), env.getProperty("spring.datasource.password", ""), json)) {
      if (warmup > 0) {
        http.starts(CLIENTS, warmup);
        bare.starts(CLIENTS, warmup);
        http.claimsAndCompletes(CLIENTS, bare.waitingTasks(warmup));
        bare.claimsAndCompletes(CLIENTS, warmup);
      }
      report.row("yardstick: the bare start → end through Camunda's REST API over HTTP", CLIENTS,
          http.starts(CLIENTS, operations), bare.starts(CLIENTS, operations));
      report.row("yardstick: the bare claim + complete through Camunda's REST API over HTTP", CLIENTS,
          http.claimsAndCompletes(CLIENTS, bare.waitingTasks(operations)),
          bare.claimsAndCompletes(CLIENTS, operations));
    }
    report.note("yardstick: the bare starter-webapp application (no security, job executor off) in a JVM of its "
        + "own on this database, driven over HTTP by the same HTTP client as the front (engine-rest: POST "
        + "/process-definition/key/…/start; /task/{id}/claim, /task/{id}/complete), " + warmup + " untimed first; "
        + "beside it the same through the Java API; SQL/op counts only this JVM's statements, so 0 for the "
        + "other one's; ops/s ÷ bare is the most an HTTP front doing nothing of its own reaches");
  }
}
