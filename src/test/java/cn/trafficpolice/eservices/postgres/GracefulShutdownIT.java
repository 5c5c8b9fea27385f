package cn.trafficpolice.eservices.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Operations (README "Stopping, restarting and losing a node"): a node told to stop (SIGTERM) while it runs a job
 * and holds a request, both still running seconds after the signal, finishes both — the request gets its answer, the
 * job's transaction commits — and leaves no job locked, so nothing waits for a lock time to run out. Also what
 * operators scrape: the job executor's meters in Prometheus format, for operators only.
 */
@Tag("postgres")
class GracefulShutdownIT {

  private static final Logger log = LoggerFactory.getLogger(GracefulShutdownIT.class);
  private static final String PROCESS = "GracefulShutdownProbe";
  private static final String TASK_SLOW = "Task_SlowStep";
  private static final String TASK_AWAIT_CHECK = "Task_AwaitCheck";
  /** How long the job and the request go on after the signal: well within the 30 s shutdown phase. */
  private static final Duration AFTER_SIGNAL = Duration.ofSeconds(3);
  /** The slow job fails if the test has not released it by then. */
  private static final long JOB_MAX_MILLIS = 120_000;
  /** A lock left behind would outlive the test by far. */
  private static final Duration LOCK_TIME = Duration.ofMinutes(5);
  private static final Pattern ACQUIRED = Pattern.compile("(?m)^camunda_job_acquired_total(?:\\{[^}]*})? (\\S+)$");

  private final String url = System.getProperty("test.datasource.url");
  private final JdbcClient database = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aStoppedNodeFinishesItsRunningJobAndRequestAndLeavesNoJobLocked(@TempDir Path dir) throws Exception {
    Path jobStarted = dir.resolve("slow-step-started");
    Path jobReleased = dir.resolve("slow-step-released");
    String instance;
    String lockOwner;
    long started = System.nanoTime();
    try (ClusterNode node = ClusterNode.start("graceful", url, LOCK_TIME,
        // a job started from outside the node is found within a second or so, not after the idle back-off (60 s);
        // every cluster node already waits at most a few seconds between acquisitions
        List.of("--camunda.bpm.job-execution.wait-time-in-millis=500"))) {
      node.awaitReady(http, Duration.ofMinutes(3));
      instance = TestEngine.on(url, engine -> {
        engine.getRepositoryService().createDeployment().name(PROCESS)
            .addModelInstance(PROCESS + ".bpmn", probe()).deploy();
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, Map.of(
            SlowStep.VAR_STARTED_FILE, jobStarted.toString(), SlowStep.VAR_RELEASE_FILE, jobReleased.toString(),
            SlowStep.VAR_MAX_MILLIS, JOB_MAX_MILLIS)).getId();
      });
      awaitFile(jobStarted, Duration.ofSeconds(30));
      assertOperatorsScrapeTheJobExecutorMeters(node);

      // the login's session row waits for a lock this test holds: a request the node has accepted and not answered
      try (Connection blocker = DriverManager.getConnection(url, "postgres", "")) {
        blocker.setAutoCommit(false);
        try (Statement lock = blocker.createStatement()) {
          lock.execute("LOCK TABLE token_session IN EXCLUSIVE MODE");
        }
        CompletableFuture<HttpResponse<String>> login = http.sendAsync(loginRequest(node),
            HttpResponse.BodyHandlers.ofString());
        awaitWaitingOn("token_session", Duration.ofSeconds(20));

        lockOwner = lockOwnerOf(instance);
        assertThat(lockOwner).as("the job runs when the node is told to stop").isNotNull();
        node.terminate();
        long signalled = System.nanoTime();
        Thread.sleep(1_000);
        assertThatThrownBy(() -> http.send(loginRequestBuilder(node).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.discarding()))
            .as("a stopping node takes no new request").isInstanceOf(IOException.class);
        long sinceSignal = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
        Thread.sleep(Math.max(0, AFTER_SIGNAL.toMillis() - sinceSignal));
        assertThat(login).as("the request still waits").isNotDone();
        Files.writeString(jobReleased, "go");
        blocker.commit();

        HttpResponse<String> answer = login.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).as("the request in flight is answered").isEqualTo(200);
        assertThat(json.readTree(answer.body()).get("token").asText()).isNotBlank();
      }
      int exit = node.awaitExit(Duration.ofSeconds(60));
      log.info("graceful shutdown: node exited with {} after {} s in all", exit,
          TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    assertThat(database.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ = ?").param(instance)
        .query(Long.class).single()).as("the job's transaction committed: its job is gone").isZero();
    assertThat(database.sql("SELECT ACT_ID_ FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ? AND ACT_ID_ IS NOT NULL")
        .param(instance).query(String.class).list()).containsExactly(TASK_AWAIT_CHECK);
    assertThat(database.sql("SELECT LONG_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND NAME_ = ?")
        .params(instance, SlowStep.VAR_FINISHED).query(Long.class).single()).isEqualTo(1L);
    assertThat(database.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ = ?").param(lockOwner)
        .query(Long.class).single()).as("the stopped node left no job locked").isZero();
    TestEngine.on(url, engine -> {
      engine.getRepositoryService().createDeploymentQuery().deploymentName(PROCESS).list()
          .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
      return null;
    });
  }

  /** The job executor of the node that locked the instance's job, or null while it is not locked. */
  private String lockOwnerOf(String instance) {
    return database.sql("SELECT LOCK_OWNER_ FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ = ?").param(instance)
        .query(String.class).optional().orElse(null);
  }

  /** A slow job (asynchronous continuation), then a wait state where the test finds the instance. */
  private static BpmnModelInstance probe() {
    return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask(TASK_SLOW).camundaAsyncBefore().camundaClass(SlowStep.class)
        .receiveTask(TASK_AWAIT_CHECK)
        .endEvent().done();
  }

  private void assertOperatorsScrapeTheJobExecutorMeters(ClusterNode node) throws Exception {
    HttpRequest.Builder scrape = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/actuator/prometheus"))
        .timeout(Duration.ofSeconds(10));
    assertThat(http.send(scrape.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
    String basic = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> metrics = http.send(scrape.header("Authorization", "Basic " + basic).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("camunda_job_acquisition_attempts_total", "camunda_job_backlog",
        "camunda_job_executions_total{", "camunda_job_executions_rejected_total", "camunda_job_acquisition_lost_total");
    Matcher acquired = ACQUIRED.matcher(metrics.body());
    assertThat(acquired.find()).as("camunda_job_acquired_total in\n%s", metrics.body()).isTrue();
    assertThat(Double.parseDouble(acquired.group(1))).as("the slow job was acquired").isGreaterThanOrEqualTo(1);
  }

  private HttpRequest loginRequest(ClusterNode node) throws IOException {
    return loginRequestBuilder(node).build();
  }

  private HttpRequest.Builder loginRequestBuilder(ClusterNode node) throws IOException {
    return HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1/auth/login"))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
            Map.of("phone", DemoCitizens.ZHANG_WEI, "password", CitizenClient.DEMO_PASSWORD))));
  }

  private void awaitWaitingOn(String table, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      long waiting = database.sql("""
              SELECT COUNT(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
              WHERE NOT l.granted AND c.relname = ?""").param(table).query(Long.class).single();
      if (waiting > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no request waited on " + table + " within " + within);
  }

  private static void awaitFile(Path file, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the slow job did not start within " + within);
      }
      Thread.sleep(100);
    }
  }
}
