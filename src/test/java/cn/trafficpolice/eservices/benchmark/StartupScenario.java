package cn.trafficpolice.eservices.benchmark;

import cn.trafficpolice.bare.BareCamundaApplication;
import cn.trafficpolice.eservices.EServicesApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.Environment;

/**
 * Issue 14, start-up: the application (demo profile, as {@code mvn spring-boot:run} starts it) and the bare
 * Camunda starter-webapp application ({@link BareCamundaApplication}) each started {@value #STARTS} times, turn
 * about, in JVMs of their own on the test classpath and an in-memory H2 database, timed from the launch to the
 * first 200 of the readiness probe. Reports the medians and their ratio (issue 14: at most 1.3).
 */
final class StartupScenario {

  static final String NAME = "startup";
  static final int STARTS = 3;
  /** Ports of this benchmark (issue 14's range). */
  private static final int APP_PORT = 18141;
  private static final int BARE_PORT = 18142;
  private static final String POSTGRES = "jdbc:postgresql:";
  /** Databases of the restart row, made anew by each run. */
  private static final String APP_DATABASE = "eservices_startup_app";
  private static final String BARE_DATABASE = "eservices_startup_bare";

  static void runIfSelected(Environment env, Report report) throws Exception {
    if (Scenarios.selected(env, NAME)) {
      StartupScenario scenario = new StartupScenario();
      scenario.run(report);
      String url = env.getProperty("spring.datasource.url", "");
      if (url.startsWith(POSTGRES)) {
        scenario.restarts(report, url.substring(0, url.lastIndexOf('/') + 1),
            env.getProperty("spring.datasource.username", "postgres"),
            env.getProperty("spring.datasource.password", ""));
      } else {
        report.note("startup on an existing database: measured when the benchmark runs on PostgreSQL");
      }
    }
  }

  private void run(Report report) throws Exception {
    List<Long> app = new ArrayList<>();
    List<Long> bare = new ArrayList<>();
    List<String> springSeconds = new ArrayList<>();
    for (int i = 0; i < STARTS; i++) {
      app.add(time("app-" + i, APP_PORT, List.of(EServicesApplication.class.getName(),
          "--spring.profiles.active=demo",
          "--spring.datasource.url=jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1"), springSeconds));
      bare.add(time("bare-" + i, BARE_PORT, bare("jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1"), springSeconds));
    }
    Measurement a = asMeasurement(app);
    Measurement b = asMeasurement(bare);
    report.row("start-up to ready, median of " + STARTS + " (ms)", 1, a, b);
    report.note(String.format(Locale.ROOT, "startup: application %s ms, bare starter-webapp %s ms; median ratio "
        + "%.2f (issue 14: ≤ 1.3); Spring's own \"Started in\" (app, bare, …): %s s", app, bare,
        a.p50Millis() / b.p50Millis(), String.join(", ", springSeconds)));
  }

  /**
   * A node restarted on its database, as in a rolling restart: each application first starts once on a new
   * PostgreSQL database of its own (migrations, schema, deployment; untimed), then {@value #STARTS} times more on it,
   * timed. Nothing changed in between, so the application deploys nothing again.
   */
  private void restarts(Report report, String server, String user, String password) throws Exception {
    for (String database : List.of(APP_DATABASE, BARE_DATABASE)) {
      try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
          Statement sql = admin.createStatement()) {
        sql.execute("DROP DATABASE IF EXISTS " + database);
        sql.execute("CREATE DATABASE " + database);
      }
    }
    // in the child's environment, not on its command line, where any user of the machine could read a password
    Map<String, String> credentials = Map.of("SPRING_DATASOURCE_USERNAME", user, "SPRING_DATASOURCE_PASSWORD",
        password);
    List<String> appArgs = new ArrayList<>(List.of(EServicesApplication.class.getName(),
        "--spring.profiles.active=demo", "--spring.datasource.url=" + server + APP_DATABASE));
    List<String> bareArgs = bare(server + BARE_DATABASE);
    List<String> springSeconds = new ArrayList<>();
    long appFirst = time("app-pg-first", APP_PORT, appArgs, credentials, new ArrayList<>());
    long bareFirst = time("bare-pg-first", BARE_PORT, bareArgs, credentials, new ArrayList<>());
    List<Long> app = new ArrayList<>();
    List<Long> bare = new ArrayList<>();
    for (int i = 0; i < STARTS; i++) {
      app.add(time("app-pg-" + i, APP_PORT, appArgs, credentials, springSeconds));
      bare.add(time("bare-pg-" + i, BARE_PORT, bareArgs, credentials, springSeconds));
    }
    Measurement a = asMeasurement(app);
    Measurement b = asMeasurement(bare);
    report.row("restart on its PostgreSQL database to ready, median of " + STARTS + " (ms)", 1, a, b);
    report.note(String.format(Locale.ROOT, "restart: application %s ms, bare starter-webapp %s ms; median ratio "
        + "%.2f; first start on the new database (untimed row): application %d ms, bare %d ms; Spring's own "
        + "\"Started in\" (app, bare, …): %s s", app, bare, a.p50Millis() / b.p50Millis(), appFirst, bareFirst,
        String.join(", ", springSeconds)));
  }

  /**
   * The bare starter-webapp application's main class and arguments on the database of {@code url}: its own
   * configuration only (none), nothing deployed, the readiness probe on; {@code more} are added.
   */
  static List<String> bare(String url, String... more) {
    List<String> args = new ArrayList<>(List.of(BareCamundaApplication.class.getName(),
        "--spring.config.name=bare-startup-none", "--logging.config=classpath:bare-logback.xml",
        "--spring.datasource.url=" + url, "--camunda.bpm.auto-deployment-enabled=false",
        "--management.endpoint.health.probes.enabled=true"));
    args.addAll(List.of(more));
    return args;
  }

  /** Launch to the readiness probe's first 200, in milliseconds; the JVM is stopped afterwards. */
  private static long time(String name, int port, List<String> mainAndArgs, List<String> springSeconds)
      throws Exception {
    return time(name, port, mainAndArgs, Map.of(), springSeconds);
  }

  /** As above, with variables added to the child's environment. */
  private static long time(String name, int port, List<String> mainAndArgs, Map<String, String> environment,
      List<String> springSeconds) throws Exception {
    try (ChildApplication child = ChildApplication.start(name, port, mainAndArgs, environment)) {
      springSeconds.add(child.startedIn());
      return child.readyAfterMillis();
    }
  }

  /** Start-up times as a row: ops = starts, ops/s = starts per second at the median, p50 = median, p99 = slowest. */
  private static Measurement asMeasurement(List<Long> millis) {
    List<Long> sorted = millis.stream().sorted().toList();
    double median = sorted.get(sorted.size() / 2);
    return new Measurement(sorted.size(), 1000.0 / median, median, sorted.get(sorted.size() - 1), 0);
  }
}
