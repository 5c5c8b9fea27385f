package cn.trafficpolice.eservices.postgres;

import cn.trafficpolice.eservices.support.WebappClient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A reviewer logged in to Tasklist on one node, working the queue through the engine API the Tasklist page uses
 * ({@link WebappClient}: session cookie, Camunda's CSRF token): claim a task, then complete it with the decision.
 * An administrator's session uses the same calls to add a reviewer to a group. A node that is gone answers with an
 * {@link IllegalStateException}.
 */
final class TasklistReviewer {

  private static final String ENGINE = "default";

  private final ClusterNode node;
  private final String userId;
  private final WebappClient webapp;
  private final ObjectMapper json = new ObjectMapper();

  private TasklistReviewer(ClusterNode node, String userId) {
    this.node = node;
    this.userId = userId;
    this.webapp = new WebappClient(node.baseUrl(), ENGINE);
  }

  /** Logs in to the webapp as its login page does: the login starts a new session with its own CSRF token. */
  static TasklistReviewer login(ClusterNode node, String userId, String password, String app) {
    TasklistReviewer reviewer = new TasklistReviewer(node, userId);
    int status = reviewer.webapp.login(userId, password, app).statusCode();
    if (status != 200) {
      throw new IllegalStateException(userId + " could not log in to " + app + " on " + node.name() + ": " + status);
    }
    return reviewer;
  }

  /** Administrator only: a further reviewer of the group, with the demo reviewers' password. */
  void createReviewer(String id, String displayName, String password, String group) {
    ObjectNode user = json.createObjectNode();
    user.putObject("profile").put("id", id).put("firstName", displayName).put("lastName", "");
    user.putObject("credentials").put("password", password);
    expect(204, webapp.post(webapp.engineApi("/user/create"), write(user)));
    expect(204, webapp.put(webapp.engineApi("/group/" + group + "/members/" + id), ""));
  }

  /** The task ids of the group's queue with the given definition key: assigned to this reviewer, or to nobody. */
  List<String> queue(String group, String taskDefinitionKey) {
    List<String> ids = new ArrayList<>();
    for (String filter : List.of("assignee=" + WebappClient.encode(userId),
        "candidateGroup=" + WebappClient.encode(group) + "&unassigned=true")) {
      HttpResponse<String> answer = webapp.get(webapp.engineApi("/task?taskDefinitionKey=" + taskDefinitionKey
          + "&" + filter + "&sortBy=created&sortOrder=asc"));
      expect(200, answer);
      read(answer).forEach(task -> ids.add(task.get("id").asText()));
    }
    return ids;
  }

  /** @return whether this reviewer got the task: false when another one claimed it first */
  boolean claim(String taskId) {
    return webapp.post(webapp.engineApi("/task/" + taskId + "/claim"),
        write(json.createObjectNode().put("userId", userId))).statusCode() == 204;
  }

  /** @return whether the decision completed the task: false when it was done meanwhile */
  boolean complete(String taskId, String decisionVariable, boolean decision) {
    ObjectNode body = json.createObjectNode();
    body.putObject("variables").putObject(decisionVariable).put("value", decision).put("type", "Boolean");
    return webapp.post(webapp.engineApi("/task/" + taskId + "/complete"), write(body)).statusCode() == 204;
  }

  String userId() {
    return userId;
  }

  ClusterNode node() {
    return node;
  }

  private String write(JsonNode body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode read(HttpResponse<String> answer) {
    try {
      return json.readTree(answer.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void expect(int status, HttpResponse<String> answer) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(answer.request().method() + " " + answer.uri().getPath() + " answered "
          + answer.statusCode() + " on " + node.name() + ": " + answer.body());
    }
  }
}
