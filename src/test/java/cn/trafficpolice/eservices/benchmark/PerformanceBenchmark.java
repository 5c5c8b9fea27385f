package cn.trafficpolice.eservices.benchmark;

import cn.trafficpolice.eservices.plate.PlateProperties;
import cn.trafficpolice.eservices.security.TokenService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14: the real application on the database of {@code spring.datasource.url} (H2 file by default, PostgreSQL
 * with {@code -Dspring.datasource.url=jdbc:postgresql://...}), measured beside the bare engine on the same
 * database. Not part of {@code mvn verify}: {@code mvn -Pbenchmark test} runs it (README "Performance"), every
 * scenario or those of {@code
 * -Dbenchmark.scenarios=submission,review,yardstick,plates,queue,backlog,startup}. Prints one
 * table and writes it to {@code target/benchmark.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "benchmark"})
@Import(PerformanceBenchmark.Counting.class)
class PerformanceBenchmark {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ObjectMapper json;
  @Autowired
  TokenService tokens;
  @Autowired
  PasswordEncoder passwords;
  @Autowired
  PlateProperties plateRules;
  @Autowired
  Clock clock;
  @LocalServerPort
  int port;
  @Value("${benchmark.submissions:400}")
  int submissions;
  @Value("${benchmark.warmup:100}")
  int warmup;
  @Value("${benchmark.businesses:}")
  Set<String> businesses;
  @Value("${benchmark.reviews:400}")
  int reviews;
  @Autowired
  ApplicationContext context;
  @Value("${benchmark.queue-sizes:1000,10000,100000}")
  String queueSizes;
  @Value("${benchmark.samples:30}")
  int samples;
  @Value("${spring.datasource.url}")
  String database;

  @TestConfiguration
  static class Counting {
    @Bean
    static StatementCounter statementCounter() {
      return new StatementCounter();
    }
  }

  /** One scenario of the run: adds its rows and notes to the report. */
  interface Scenario {
    void run(Report report) throws Exception;
  }

  @Test
  void measure() throws Exception {
    Report report = new Report(database);
    RestFront front = new RestFront(port, json);
    CitizenSeeder citizens = new CitizenSeeder(jdbc, transactions, tokens, passwords);
    BareEngine bare = new BareEngine(engine, transactions);
    run(report, "submission", new SubmissionScenario(front, citizens, bare, plateRules, clock, submissions,
        warmup, businesses)::run);
    run(report, "review", new ReviewScenario(engine, front, citizens, bare, port, reviews, warmup)::run);
    run(report, HttpYardstickScenario.NAME, new HttpYardstickScenario(context.getEnvironment(), json, bare,
        submissions, warmup)::run);
    run(report, "plates", new PlateContentionScenario(jdbc, front, citizens, plateRules, clock)::run);
    run(report, "queue", new QueueScenario(engine, transactions, jdbc, database, queueSizes, samples)::run);
    TimerBacklogScenario.runIfSelected(context, report);
    StartupScenario.runIfSelected(context.getEnvironment(), report);
    String table = report.table();
    System.out.println(table);
    Path out = Path.of("target", "benchmark.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
  }

  /** Runs the scenario when {@code benchmark.scenarios} names it (not set: every scenario). */
  private void run(Report report, String name, Scenario scenario) throws Exception {
    if (Scenarios.selected(context.getEnvironment(), name)) {
      scenario.run(report);
    }
  }
}
