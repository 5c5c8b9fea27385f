package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.WebappClient;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * CVE-2026-109432 as issue 10 found it: photo.reviewer, logged in to Tasklist, sends expressions in task and
 * filter queries. The probe counts evaluations: had the engine seen the query, it would have evaluated it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(ExpressionProbe.class)
class OrQueriesExpressionInjectionTest {

  private static final String PROBE = "${probe.touch()}";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  ExpressionProbe probe;

  private WebappClient reviewer;
  private String groupTasks;
  private int evaluatedBefore;

  @BeforeEach
  void logIn() {
    reviewer = new WebappClient(port, engine.getName());
    assertThat(reviewer.login("photo.reviewer", "Demo@12345", "tasklist").statusCode()).isEqualTo(200);
    FilterService filters = engine.getFilterService();
    Filter filter = filters.createFilterQuery().filterName("本组待办").singleResult();
    groupTasks = filter.getId();
    evaluatedBefore = probe.evaluations();
  }

  @Test
  void theProbeCountsWhatTheEngineEvaluates() { // a stored query is evaluated, as orQueries were before the fix
    FilterService filters = engine.getFilterService();
    Filter stored = filters.saveFilter(filters.newTaskFilter("probe")
        .setQuery(engine.getTaskService().createTaskQuery().taskAssigneeExpression(PROBE)));
    filters.count(stored.getId());
    assertThat(probe.evaluations()).isEqualTo(evaluatedBefore + 1);
  }

  @Test
  void anExpressionInsideOrQueriesIsRefusedUnevaluated() {
    assertRefused(reviewer.post(reviewer.engineApi("/task"),
        "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}"));
    assertRefused(reviewer.post(reviewer.engineApi("/task/count"),
        "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}"));
  }

  @Test
  void theIssuesSecretReadingPayloadIsRefused() {
    assertRefused(reviewer.post(reviewer.engineApi("/task"), "{\"orQueries\":[{\"assigneeExpression\":"
        + "\"${environment.getProperty(\\\"eservices.security.secret\\\").startsWith(\\\"demo-only\\\")"
        + " ? currentUser() : \\\"x\\\"}\"}]}"));
  }

  @Test
  void anExpressionAtTopLevelIsRefusedUnevaluated() {
    assertRefused(reviewer.post(reviewer.engineApi("/task"), "{\"assigneeExpression\":\"#{probe.touch()}\"}"));
  }

  @Test
  void aJsonEscapedExpressionIsRefusedUnevaluated() {
    assertRefused(reviewer.post(reviewer.engineApi("/task"),
        "{\"orQueries\":[{\"candidateUserExpression\":\"\\u0024{probe.touch()}\"}]}"));
  }

  @Test
  void anExpressionInTheQueryStringIsRefusedUnevaluated() {
    assertRefused(reviewer.get(reviewer.engineApi("/task?assigneeExpression=" + WebappClient.encode(PROBE))));
    assertRefused(reviewer.get(reviewer.engineApi("/task/count?assigneeExpression=%2524%257Bprobe.touch()%257D")));
    assertRefused(reviewer.get(reviewer.engineApi("/filter/" + groupTasks + "/list?assigneeExpression="
        + WebappClient.encode(PROBE))));
  }

  @Test
  void anExpressionInAFiltersExtendingQueryIsRefusedUnevaluated() {
    String extending = "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}";
    assertRefused(reviewer.post(reviewer.engineApi("/filter/" + groupTasks + "/list"), extending));
    assertRefused(reviewer.post(reviewer.engineApi("/filter/" + groupTasks + "/count"), extending));
  }

  @Test
  void aReviewerCannotStoreAFilterWithAnExpression() {
    String filter = "{\"resourceType\":\"Task\",\"name\":\"mine\",\"owner\":\"photo.reviewer\","
        + "\"query\":{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]},\"properties\":{}}";
    assertRefused(reviewer.post(reviewer.engineApi("/filter/create"), filter));
    assertRefused(reviewer.put(reviewer.engineApi("/filter/" + groupTasks), filter));
    assertThat(engine.getFilterService().createFilterQuery().filterName("mine").count()).isZero();
  }

  @Test
  void anAdministratorMayStoreAFilterWithAnExpression() {
    WebappClient admin = new WebappClient(port, engine.getName());
    assertThat(admin.login("admin", "admin", "tasklist").statusCode()).isEqualTo(200);
    HttpResponse<String> created = admin.post(admin.engineApi("/filter/create"),
        "{\"resourceType\":\"Task\",\"name\":\"my tasks\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"},"
            + "\"properties\":{}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
  }

  @Test
  void theGroupTasksFilterStillWorks() {
    HttpResponse<String> list = reviewer.post(reviewer.engineApi("/filter/" + groupTasks + "/list"), "{}");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    HttpResponse<String> count = reviewer.get(reviewer.engineApi("/filter/" + groupTasks + "/count"));
    assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
    HttpResponse<String> plain = reviewer.post(reviewer.engineApi("/task"),
        "{\"orQueries\":[{\"assignee\":\"photo.reviewer\"}],\"candidateGroup\":\"photo-reviewers\"}");
    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
  }

  private void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).contains(ExpressionQueryFilter.EXPRESSION_NOT_ALLOWED).contains("表达式");
    assertThat(probe.evaluations()).as("expressions the engine evaluated").isEqualTo(evaluatedBefore);
  }
}
