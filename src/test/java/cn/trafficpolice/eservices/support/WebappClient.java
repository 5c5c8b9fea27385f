package cn.trafficpolice.eservices.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser of the Camunda webapps on a real port, as an attacker's script would be: it keeps the cookies by
 * hand (also Secure ones over plain HTTP) and sends Camunda's CSRF token back in {@code X-XSRF-TOKEN}. The attack
 * tests use it, and so do the benchmark's reviewers and the cluster tests' (a node that dies mid-request answers
 * within the timeouts, as an {@link IllegalStateException}).
 */
public final class WebappClient {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(CONNECT_TIMEOUT).build();
  private final String base;
  private final String engine;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private HttpResponse<String> last;

  public WebappClient(int port, String engine) {
    this("http://localhost:" + port, engine);
  }

  /** @param base the node's address, e.g. {@code http://localhost:8080} */
  public WebappClient(String base, String engine) {
    this.base = base;
    this.engine = engine;
  }

  /**
   * Logs in to a webapp ({@code tasklist}, {@code cockpit}, {@code admin}) the way its login page does, then asks
   * who is logged in, as the page does next: the login starts a new session, which gets its own CSRF token.
   */
  public HttpResponse<String> login(String username, String password, String app) {
    get("/camunda/api/admin/auth/user/" + engine);
    HttpResponse<String> login = send(request("/camunda/api/admin/auth/user/" + engine + "/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
            + encode(password))));
    get("/camunda/api/admin/auth/user/" + engine);
    return login;
  }

  /** A path of the webapps' engine API, e.g. {@code /task}. */
  public String engineApi(String path) {
    return "/camunda/api/engine/engine/" + engine + path;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  /** The Set-Cookie headers of the last answer. */
  public List<String> setCookies() {
    return last.headers().allValues("Set-Cookie");
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json");
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
    }
    String xsrf = cookies.get("XSRF-TOKEN");
    return xsrf == null ? builder : builder.header("X-XSRF-TOKEN", xsrf);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      last = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    for (String header : last.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    return last;
  }
}
