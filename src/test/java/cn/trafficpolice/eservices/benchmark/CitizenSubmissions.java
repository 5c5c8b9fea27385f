package cn.trafficpolice.eservices.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citizens applying for a licence-loss replacement over HTTP while something else loads the node: each client
 * works through citizens of its own (one application per licence, one SMS code a minute per phone), each through
 * the confirmation, the SMS code bound to it, the demo inbox and the submission. Only the submission is timed: it is
 * the request that records the application and starts its process, on the tables the acceptance jobs write.
 */
final class CitizenSubmissions implements AutoCloseable {

  private static final Pattern CODE = Pattern.compile("验证码(\\d{6})");
  private static final String SUBMIT = "/api/v1/licence-loss/applications";

  /** A citizen ready to apply: their bearer token and phone. */
  record Applicant(String token, String phone) {
  }

  private final String baseUrl;
  private final ObjectMapper json;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicBoolean timing = new AtomicBoolean();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicInteger failures = new AtomicInteger();
  private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
  private final ExecutorService pool;
  private final List<Future<?>> clients = new ArrayList<>();
  private volatile String firstFailure;
  private long statementsAtStart;
  private long timedFrom;

  CitizenSubmissions(String baseUrl, ObjectMapper json, int clients) {
    this.baseUrl = baseUrl;
    this.json = json;
    this.pool = Executors.newFixedThreadPool(clients);
  }

  /** Starts one client per list; each submits for its applicants in turn until {@link #stop()}. */
  void start(List<List<Applicant>> applicantsPerClient) {
    for (List<Applicant> applicants : applicantsPerClient) {
      clients.add(pool.submit(() -> {
        for (Applicant a : applicants) {
          if (stop.get()) {
            return null;
          }
          apply(a);
        }
        return null;
      }));
    }
  }

  /** From now on submissions are timed (those before were warm-up). */
  void startTiming() {
    statementsAtStart = StatementCounter.executed();
    timedFrom = System.nanoTime();
    timing.set(true);
  }

  /**
   * Stops the clients and measures the timed submissions. SQL/op is the node's statements over the timed period
   * per submission, so it holds what the job executor ran meanwhile too.
   */
  Measurement stop() throws Exception {
    timing.set(false);
    long statements = StatementCounter.executed() - statementsAtStart;
    double seconds = (System.nanoTime() - timedFrom) / 1e9;
    stop.set(true);
    for (Future<?> client : clients) {
      client.get();
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      throw new IllegalStateException("no submission completed; first failure: " + firstFailure);
    }
    return new Measurement(sorted.size(), sorted.size() / seconds, percentile(sorted, 50), percentile(sorted, 99),
        (double) statements / sorted.size());
  }

  /** Submissions that did not answer 201 (the first one's answer in {@link #firstFailure()}). */
  int failures() {
    return failures.get();
  }

  String firstFailure() {
    return firstFailure;
  }

  @Override
  public void close() {
    stop.set(true);
    pool.shutdownNow();
  }

  private void apply(Applicant a) throws Exception {
    Map<String, Object> draft = new LinkedHashMap<>();
    draft.put("noticeAgreed", true);
    draft.put("declarationConfirmed", true);
    draft.put("licenceInfoConfirmed", true);
    draft.put("deliveryMethod", "WINDOW");
    draft.put("pickupSiteId", BacklogSeeder.PICKUP_SITE);
    HttpResponse<String> confirmation = post(a, SUBMIT + "/confirmation", draft);
    if (confirmation.statusCode() != 200) {
      failed(confirmation);
      return;
    }
    String reference = json.readTree(confirmation.body()).get("smsReference").asText();
    HttpResponse<String> code = post(a, "/api/v1/sms-codes", Map.of("purpose", "LICENCE_LOSS_SUBMIT",
        "reference", reference));
    if (code.statusCode() != 202) {
      failed(code);
      return;
    }
    draft.put("smsCode", latestCode(a));
    boolean timed = timing.get();
    long start = System.nanoTime();
    HttpResponse<String> submitted = post(a, SUBMIT, draft);
    long took = System.nanoTime() - start;
    if (submitted.statusCode() != 201) {
      failed(submitted);
    } else if (timed && timing.get()) {
      nanos.add(took);
    }
  }

  private String latestCode(Applicant a) throws Exception {
    HttpResponse<String> inbox = http.send(request(a, "/api/v1/demo/sms-inbox?phone=" + a.phone()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    for (JsonNode sms : json.readTree(inbox.body())) {
      Matcher m = CODE.matcher(sms.get("text").asText());
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new IllegalStateException("no code in the demo inbox of " + a.phone());
  }

  private HttpResponse<String> post(Applicant a, String path, Object body) throws Exception {
    return http.send(request(a, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(Applicant a, String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + a.token());
  }

  private void failed(HttpResponse<String> answer) {
    failures.incrementAndGet();
    if (firstFailure == null) {
      firstFailure = answer.request().uri().getPath() + " " + answer.statusCode() + " " + answer.body();
    }
  }

  private static double percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
