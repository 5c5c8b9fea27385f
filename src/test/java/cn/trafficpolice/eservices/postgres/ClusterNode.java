package cn.trafficpolice.eservices.postgres;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of a homogeneous cluster: the application in a JVM of its own (the test's classpath, the demo profile,
 * its job executor on) on the test's PostgreSQL database. {@link #kill()} ends it as a power cut would,
 * {@link #terminate()} as an operator's stop does.
 */
final class ClusterNode implements AutoCloseable {

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private ClusterNode(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  static ClusterNode start(String name, String databaseUrl, Duration lockTime) throws IOException {
    return start(name, databaseUrl, lockTime, List.of());
  }

  /** @param settings further {@code --name=value} arguments, e.g. the job executor's acquisition waits */
  static ClusterNode start(String name, String databaseUrl, Duration lockTime, List<String> settings)
      throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = Path.of("target", "cluster-" + name + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
        "cn.trafficpolice.eservices.EServicesApplication",
        "--spring.profiles.active=demo",
        "--server.port=" + port,
        "--spring.datasource.url=" + databaseUrl,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        "--camunda.bpm.id-generator=strong",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + lockTime.toMillis(),
        "--eservices.retention.nightly-cleanup=false"));
    command.addAll(settings);
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File(".")).start();
    return new ClusterNode(name, port, process, log);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  String name() {
    return name;
  }

  /** Waits until the node's readiness probe says it takes traffic. */
  void awaitReady(HttpClient http, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node " + name + " stopped while starting; see " + log);
      }
      try {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5)).build();
        HttpResponse<Void> ready = http.send(probe, HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the port opens only once the node has started
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("node " + name + " not ready within " + within + "; see " + log);
  }

  /** SIGKILL: no shutdown hook, no graceful stop; its locked jobs stay locked until their lock time is over. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** SIGTERM, as an operator or an orchestrator stops a node: it shuts down gracefully. Returns at once. */
  void terminate() {
    process.destroy();
  }

  /** @return the exit code, once the node stopped within the given time */
  int awaitExit(Duration within) throws InterruptedException {
    if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("node " + name + " still running after " + within + "; see " + log);
    }
    return process.exitValue();
  }

  Path log() {
    return log;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
