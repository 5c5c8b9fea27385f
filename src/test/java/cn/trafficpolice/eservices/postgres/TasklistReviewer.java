package cn.trafficpolice.eservices.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A reviewer logged in to Tasklist on one node, working the queue through the engine API the Tasklist page uses
 * (session cookie, Camunda's CSRF token sent back in {@code X-XSRF-TOKEN}): claim a task, then complete it with
 * the decision. An administrator's session uses the same calls to add a reviewer to a group.
 */
final class TasklistReviewer {

  private static final String ENGINE = "/camunda/api/engine/engine/default";

  private final ClusterNode node;
  private final String userId;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  private TasklistReviewer(ClusterNode node, String userId) {
    this.node = node;
    this.userId = userId;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Logs in to the webapp as its login page does: the login starts a new session with its own CSRF token. */
  static TasklistReviewer login(ClusterNode node, String userId, String password, String app)
      throws IOException, InterruptedException {
    TasklistReviewer reviewer = new TasklistReviewer(node, userId);
    reviewer.send("GET", "/camunda/api/admin/auth/user/default", null, null);
    int status = reviewer.send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        "application/x-www-form-urlencoded", "username=" + encode(userId) + "&password=" + encode(password))
        .statusCode();
    if (status != 200) {
      throw new IllegalStateException(userId + " could not log in to " + app + " on " + node.name() + ": " + status);
    }
    reviewer.send("GET", "/camunda/api/admin/auth/user/default", null, null);
    return reviewer;
  }

  /** Administrator only: a further reviewer of the group, with the demo reviewers' password. */
  void createReviewer(String id, String displayName, String password, String group)
      throws IOException, InterruptedException {
    ObjectNode user = json.createObjectNode();
    user.putObject("profile").put("id", id).put("firstName", displayName).put("lastName", "");
    user.putObject("credentials").put("password", password);
    expect(204, send("POST", ENGINE + "/user/create", "application/json", json.writeValueAsString(user)));
    expect(204, send("PUT", ENGINE + "/group/" + group + "/members/" + id, "application/json", ""));
  }

  /** The task ids of the group's queue with the given definition key: assigned to this reviewer, or to nobody. */
  List<String> queue(String group, String taskDefinitionKey) throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    for (String filter : List.of("assignee=" + encode(userId),
        "candidateGroup=" + encode(group) + "&unassigned=true")) {
      JsonNode tasks = read(send("GET", ENGINE + "/task?taskDefinitionKey=" + taskDefinitionKey + "&" + filter
          + "&sortBy=created&sortOrder=asc", null, null));
      tasks.forEach(task -> ids.add(task.get("id").asText()));
    }
    return ids;
  }

  /** @return whether this reviewer got the task: false when another one claimed it first */
  boolean claim(String taskId) throws IOException, InterruptedException {
    return send("POST", ENGINE + "/task/" + taskId + "/claim", "application/json",
        json.writeValueAsString(json.createObjectNode().put("userId", userId))).statusCode() == 204;
  }

  /** @return whether the decision completed the task: false when it was done meanwhile */
  boolean complete(String taskId, String decisionVariable, boolean decision)
      throws IOException, InterruptedException {
    ObjectNode body = json.createObjectNode();
    body.putObject("variables").putObject(decisionVariable).put("value", decision).put("type", "Boolean");
    return send("POST", ENGINE + "/task/" + taskId + "/complete", "application/json", json.writeValueAsString(body))
        .statusCode() == 204;
  }

  String userId() {
    return userId;
  }

  ClusterNode node() {
    return node;
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
        .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if ("XSRF-TOKEN".equals(cookie.getName())) {
        request.header("X-XSRF-TOKEN", cookie.getValue());
      }
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode read(HttpResponse<String> answer) throws IOException {
    expect(200, answer);
    return answer.body().isBlank() ? MissingNode.getInstance() : json.readTree(answer.body());
  }

  private void expect(int status, HttpResponse<String> answer) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(answer.request().method() + " " + answer.uri().getPath() + " answered "
          + answer.statusCode() + " on " + node.name() + ": " + answer.body());
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
