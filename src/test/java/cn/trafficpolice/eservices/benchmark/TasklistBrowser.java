package cn.trafficpolice.eservices.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One reviewer's Tasklist in a browser, reduced to its HTTP calls: the login of Tasklist's login page, then the
 * webapps' engine API with the session cookie and Camunda's CSRF token. The token is per session, and the login
 * starts a new session: so, as the page does, it asks who is logged in before and after the login, and every call
 * that changes something sends the newest {@code XSRF-TOKEN} cookie back in {@code X-XSRF-TOKEN}. Cookies are kept
 * by hand (a cookie manager would drop a Secure cookie over plain HTTP).
 */
final class TasklistBrowser {

  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private final String engine;
  private final Map<String, String> cookies = new ConcurrentHashMap<>();

  TasklistBrowser(int port, String engine) {
    this.base = "http://localhost:" + port;
    this.engine = engine;
  }

  /** @throws IllegalStateException when the login page's request is refused */
  TasklistBrowser login(String user, String password) {
    get("/camunda/api/admin/auth/user/" + engine);
    HttpResponse<String> login = send(request("/camunda/api/admin/auth/user/" + engine + "/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
    expect(200, login);
    expect(200, get("/camunda/api/admin/auth/user/" + engine));
    return this;
  }

  /** A POST to the webapps' engine API, e.g. {@code /task/{id}/claim}; expects 204 No Content. */
  void post(String path, String json) {
    expect(204, send(request("/camunda/api/engine/engine/" + engine + path)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  private HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
        "application/json");
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
    }
    String xsrf = cookies.get("XSRF-TOKEN");
    return xsrf == null ? builder : builder.header("X-XSRF-TOKEN", xsrf);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    HttpResponse<String> answer;
    try {
      answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    for (String header : answer.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    return answer;
  }

  private static void expect(int status, HttpResponse<String> answer) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(answer.request().method() + " " + answer.request().uri().getPath()
          + " answered " + answer.statusCode() + " instead of " + status + ": " + answer.body());
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
