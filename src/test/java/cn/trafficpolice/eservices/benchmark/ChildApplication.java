package cn.trafficpolice.eservices.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spring Boot application of the test classpath in a JVM of its own, on a port of its own, with its console in
 * {@code target/startup-<name>.log}: started, awaited until its readiness probe answers 200, and stopped on close.
 * The start-up scenario times it; the HTTP yardstick drives the bare application through its REST API.
 */
final class ChildApplication implements AutoCloseable {

  private static final Duration READY_WITHIN = Duration.ofMinutes(3);
  private static final long POLL_MILLIS = 100;
  private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final Path log;
  private final long readyAfterMillis;

  private ChildApplication(Process process, Path log, long readyAfterMillis) {
    this.process = process;
    this.log = log;
    this.readyAfterMillis = readyAfterMillis;
  }

  /**
   * @param mainAndArgs the main class, then its arguments ({@code --server.port} is added)
   * @param environment variables added to the child's environment (credentials: not on its command line, where any
   *     user of the machine could read them)
   */
  static ChildApplication start(String name, int port, List<String> mainAndArgs, Map<String, String> environment)
      throws Exception {
    Path log = Path.of("target", "startup-" + name + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx768m", "-cp", System.getProperty("java.class.path")));
    command.add(mainAndArgs.get(0));
    command.add("--server.port=" + port);
    command.addAll(mainAndArgs.subList(1, mainAndArgs.size()));
    long start = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .directory(new File("."));
    builder.environment().putAll(environment);
    Process process = builder.start();
    try {
      awaitReady(process, port, log);
    } catch (Exception | Error e) {
      stop(process);
      throw e;
    }
    return new ChildApplication(process, log, (System.nanoTime() - start) / 1_000_000);
  }

  /** Launch to the readiness probe's first 200. */
  long readyAfterMillis() {
    return readyAfterMillis;
  }

  /** Spring's own "Started … in N seconds" of the child's log, or "?". */
  String startedIn() throws IOException {
    try (Stream<String> lines = Files.lines(log)) {
      return lines.map(STARTED::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse("?");
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop(process);
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static void awaitReady(Process process, int port, Path log) throws Exception {
    HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("stopped while starting; see " + log);
      }
      try {
        if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the port opens once the web server has started
      }
      Thread.sleep(POLL_MILLIS);
    }
    throw new IllegalStateException("not ready within " + READY_WITHIN + "; see " + log);
  }
}
