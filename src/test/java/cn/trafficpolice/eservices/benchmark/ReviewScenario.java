package cn.trafficpolice.eservices.benchmark;

import cn.trafficpolice.eservices.benchmark.CitizenSeeder.Citizen;
import cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess;
import cn.trafficpolice.eservices.support.WebappClient;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

/**
 * Issue 14: photo reviewers working their queue in Tasklist: {@value #REVIEWERS} reviewers of {@code
 * photo-reviewers}, each logged in through Tasklist's login, claim and approve disjoint tasks through the webapps'
 * engine API at once, with the variables the review form submits on approval (EL-3). The tasks are real
 * e-licence applications, uploaded through the REST front beforehand. Beside it, the bare engine claims and
 * completes a trivial user task.
 */
final class ReviewScenario {

  static final int REVIEWERS = 4;
  static final String DEMO_REVIEWER = "photo.reviewer";
  static final String DEMO_PASSWORD = "Demo@12345";
  static final String BENCH_PASSWORD = "Bench@Review1";
  /** Three more members of the group beside the demo's one, created by the benchmark. */
  static final String BENCH_REVIEWER_PREFIX = "bench.photo.reviewer";
  /** What review-licence-photo.html submits on approval: the decision, and the note left empty. */
  static final String APPROVAL = """
      {"variables": {"%s": {"value": true, "type": "Boolean"}, "%s": {"value": null, "type": "String"}}}"""
      .formatted(ElectronicLicenceProcess.VAR_PHOTO_APPROVED, ElectronicLicenceProcess.VAR_REVIEW_NOTE);

  private final ProcessEngine engine;
  private final RestFront front;
  private final CitizenSeeder citizens;
  private final BareEngine bare;
  private final int port;
  private final int operations;
  private final int warmup;

  /** @param warmup untimed reviews, and bare claims and completes, before the timed ones */
  ReviewScenario(ProcessEngine engine, RestFront front, CitizenSeeder citizens, BareEngine bare, int port,
      int operations, int warmup) {
    this.engine = engine;
    this.front = front;
    this.citizens = citizens;
    this.bare = bare;
    this.port = port;
    this.operations = operations;
    this.warmup = warmup;
  }

  void run(Report report) throws Exception {
    List<String> users = reviewers();
    // one Tasklist session per reviewer, each used by its own client thread only
    List<WebappClient> browsers = new ArrayList<>();
    for (String user : users) {
      WebappClient browser = new WebappClient(port, engine.getName());
      expect(200, browser.login(user, user.equals(DEMO_REVIEWER) ? DEMO_PASSWORD : BENCH_PASSWORD, "tasklist"));
      browsers.add(browser);
    }
    // as for the submissions: both sides timed with a warm JIT
    if (warmup > 0) {
      reviews(photoReviewTasks(warmup), browsers, users);
      bare.claimsAndCompletes(REVIEWERS, warmup);
    }
    Measurement app = reviews(photoReviewTasks(operations), browsers, users);
    report.row("review: claim + approve a photo in Tasklist (EL-3)", REVIEWERS, app,
        bare.claimsAndCompletes(REVIEWERS, operations));
    report.note("review: " + operations + " e-licence applications uploaded through the front beforehand, after "
        + warmup + " reviewed untimed (and as many untimed bare claims and completes); "
        + REVIEWERS + " reviewers of photo-reviewers (the demo's and " + (REVIEWERS - 1) + " created by the "
        + "benchmark) logged in by Tasklist's login (form, session cookie, X-XSRF-TOKEN); timed: claim + "
        + "submit-form, without Tasklist's reads around them (task list, form data, photos); bare: claim + complete "
        + "of a start → user task → end process");
  }

  /** Each reviewer claims and approves a share of the tasks through their Tasklist session; all must be done. */
  private Measurement reviews(List<String> tasks, List<WebappClient> browsers, List<String> users)
      throws Exception {
    Measurement measured = Measurement.of(REVIEWERS, tasks.size(), (reviewer, i) -> {
      WebappClient browser = browsers.get(reviewer);
      String task = browser.engineApi("/task/" + tasks.get(i));
      expect(204, browser.post(task + "/claim", "{\"userId\": \"" + users.get(reviewer) + "\"}"));
      expect(204, browser.post(task + "/submit-form", APPROVAL));
    });
    long left = engine.getTaskService().createTaskQuery().taskIdIn(tasks.toArray(String[]::new)).count();
    if (left != 0) {
      throw new IllegalStateException(left + " reviewed tasks are still open");
    }
    return measured;
  }

  private List<String> photoReviewTasks(int count) throws Exception {
    List<Citizen> applicants = citizens.create(count);
    byte[] photo = SubmissionScenario.portrait();
    String[] serials = new String[count];
    Measurement.of(SubmissionScenario.CLIENTS, count, (c, i) -> serials[i] = front.upload(
        citizens.token(applicants.get(i)), "/api/v1/e-licence/applications", "photo", photo, 201)
        .get("serialNumber").asText());
    List<String> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKeyIn(serials)
        .taskDefinitionKey(ElectronicLicenceProcess.TASK_REVIEW_PHOTO).list().stream().map(Task::getId).toList();
    if (tasks.size() != count) {
      throw new IllegalStateException(count + " uploads made " + tasks.size() + " review tasks");
    }
    return tasks;
  }

  private List<String> reviewers() {
    IdentityService identity = engine.getIdentityService();
    List<String> users = new ArrayList<>(List.of(DEMO_REVIEWER));
    for (int n = 2; n <= REVIEWERS; n++) {
      String id = BENCH_REVIEWER_PREFIX + n;
      if (identity.createUserQuery().userId(id).singleResult() == null) {
        User user = identity.newUser(id);
        user.setFirstName("压测审核员" + n);
        user.setLastName("");
        user.setPassword(BENCH_PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, ReviewGroups.PHOTO_REVIEWERS);
      }
      users.add(id);
    }
    return users;
  }

  private static void expect(int status, HttpResponse<String> answer) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(answer.request().method() + " " + answer.request().uri().getPath()
          + " answered " + answer.statusCode() + " instead of " + status + ": " + answer.body());
    }
  }
}
