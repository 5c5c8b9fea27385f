package cn.trafficpolice.eservices.postgres;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of a homogeneous cluster: the application in a JVM of its own (the main classes and libraries of the
 * test's classpath, the demo profile, its job executor on) on the test's PostgreSQL database. Its engine hostname
 * is {@code node-<name>}, which the job log records and {@link NodeLockOwner} puts in front of its job locks.
 * {@link #kill()} ends it as a power cut would, {@link #terminate()} as an operator's stop does.
 */
final class ClusterNode implements AutoCloseable {

  private static final Duration MAX_ACQUISITION_WAIT = Duration.ofSeconds(3);

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

  static ClusterNode start(String name, int port, String databaseUrl, Duration lockTime) throws IOException {
    return start(name, port, databaseUrl, lockTime, List.of());
  }

  /**
   * On a free port.
   *
   * @param settings further {@code --name=value} arguments, e.g. the job executor's acquisition waits
   */
  static ClusterNode start(String name, String databaseUrl, Duration lockTime, List<String> settings)
      throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    return start(name, port, databaseUrl, lockTime, settings);
  }

  private static ClusterNode start(String name, int port, String databaseUrl, Duration lockTime,
      List<String> settings) throws IOException {
    Path log = Path.of("target", "cluster-" + name + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx768m",
        // a quicker start on a busy machine: the test's nodes never run long enough for the optimising compiler
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", nodeClassPath(),
        "cn.trafficpolice.eservices.EServicesApplication",
        "--spring.profiles.active=demo",
        "--server.port=" + port,
        "--spring.datasource.url=" + databaseUrl,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        "--camunda.bpm.id-generator=strong",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + lockTime.toMillis(),
        // an idle executor looks for jobs again within seconds, not the default minute
        "--camunda.bpm.job-execution.max-wait=" + MAX_ACQUISITION_WAIT.toMillis(),
        "--camunda.bpm.generic-properties.properties.hostname=" + hostnameOf(name),
        "--spring.main.sources=" + NodeLockOwner.class.getName(),
        // plate selection (PP-3) is open at whatever hour the test runs
        "--eservices.plate.defaults.service-hours.opens=00:00",
        "--eservices.plate.defaults.service-hours.closes=23:59",
        "--eservices.retention.nightly-cleanup=false"));
    command.addAll(settings);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File(".")).start();
    return new ClusterNode(name, port, process, log);
  }

  /**
   * The test's classpath without the test classes, whose camunda.cfg.xml (for engine-only tests) the webapps would
   * otherwise build as a second, in-memory engine "default" at their first login; {@link NodeLockOwner} and the
   * graceful-shutdown test's {@link SlowStep} alone are copied to a directory of its own.
   */
  private static String nodeClassPath() throws IOException {
    Path testClasses;
    try {
      testClasses = Path.of(NodeLockOwner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    Path nodeClasses = Path.of("target", "cluster-node-classes").toAbsolutePath();
    for (Class<?> type : List.of(NodeLockOwner.class, SlowStep.class)) {
      Path file = Path.of(type.getName().replace('.', '/') + ".class");
      Files.createDirectories(nodeClasses.resolve(file).getParent());
      Files.copy(testClasses.resolve(file), nodeClasses.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> entries = new ArrayList<>(List.of(nodeClasses.toString()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath())) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  String name() {
    return name;
  }

  /** The engine hostname: HOSTNAME_ in ACT_HI_JOB_LOG, the start of LOCK_OWNER_ in ACT_RU_JOB. */
  String hostname() {
    return hostnameOf(name);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  private static String hostnameOf(String name) {
    return "node-" + name;
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
