package cn.trafficpolice.eservices.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.support.TestImages;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 14: how many SQL statements one submission and one review send, beside the bare engine starting a
 * trivial process and completing its task, and what a licence-loss acceptance's jobs send. Counted, not timed:
 * the counts are the same on every run, so a change that adds statements fails here. Each operation runs once to warm the caches, then once counted; the statements
 * are printed so that one sees where they go (README "Performance").
 */
@RestIntegrationTest
@Import(StatementLog.class)
// as in production: UUID ids, so no statement fetches an id block now and then
@TestPropertySource(properties = "camunda.bpm.id-generator=strong")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountIT {

  /**
   * The counts reached (issue 14): a change that adds a statement fails here, one that removes some lowers them.
   * The target for a submission was twice a bare start.
   */
  private static final int LICENCE_LOSS_SUBMISSION = 29;
  private static final int E_LICENCE_SUBMISSION = 32;
  private static final int PHOTO_REVIEW = 43;
  /** The timer's job (check, acceptance), the production's and the SMS to pick up (README "Timer backlog"). */
  private static final int LICENCE_LOSS_ACCEPTANCE = 98;
  private static final int ACCEPTANCE_JOBS = 3;

  private static final String BARE_PROCESS = "BareEngine";
  private static final String BARE_ENDING = "BareStartToEnd";
  private static final String BARE_TASK = "Task_Work";
  private static final String PHOTO_REVIEWER = "photo.reviewer";
  private static final String LICENCE_LOSS = "/api/v1/licence-loss/applications";
  private static final String ZHANJIANG_SITE = "ZJ-CGS";
  private static final String E_LICENCE = "/api/v1/e-licence/applications";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PasswordEncoder passwords;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  FormService forms;
  @Autowired
  IdentityService identity;
  @Autowired
  ManagementService management;

  LicenceHolders holders;
  byte[] photo;
  int bareStart;
  int bareComplete;
  int bareEnding;

  @BeforeAll
  void measureTheBareEngine() throws Exception {
    holders = new LicenceHolders(jdbc, passwords);
    photo = TestImages.jpeg(400, 500);
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    repository.createDeployment().addClasspathResource("performance/BareEngine.bpmn").deploy();
    bareStart = measure("bare engine: start a trivial process", null,
        () -> () -> runtime.startProcessInstanceByKey(BARE_PROCESS, "bare")).size();
    bareComplete = measure("bare engine: claim and complete its task", null, this::bareComplete).size();
    // the benchmark's bare start (start → end) ends its instance at once: its removal time is set then, one update
    // per history table, which is why its statements are more than a start that waits
    repository.createDeployment().addModelInstance(BARE_ENDING + ".bpmn", Bpmn.createExecutableProcess(BARE_ENDING)
        .camundaHistoryTimeToLive(1).startEvent().endEvent().done()).deploy();
    bareEnding = measure("bare engine: start a process that ends at once (the benchmark's bare start)", null,
        () -> () -> runtime.startProcessInstanceByKey(BARE_ENDING, "bare")).size();
    assertThat(bareEnding).isGreaterThan(bareStart);
  }

  @AfterAll
  void resetClock() {
    time.reset();
  }

  @Test
  void aLicenceLossSubmission() throws Exception {
    List<String> statements = measure("licence-loss submission (POST " + LICENCE_LOSS + ")", bareStart,
        () -> licenceLossSubmission(holders.create("A")));
    assertThat(statements).hasSizeLessThanOrEqualTo(LICENCE_LOSS_SUBMISSION);
  }

  @Test
  void anElectronicLicenceSubmissionWithAPhoto() throws Exception {
    List<String> statements = measure("e-licence submission with a photo (POST " + E_LICENCE + ")", bareStart,
        () -> eLicenceSubmission(holders.create("A")));
    assertThat(statements).hasSizeLessThanOrEqualTo(E_LICENCE_SUBMISSION);
  }

  @Test
  void aLicenceLossAcceptance() throws Exception { // LL-6: the timer's job, then the production and the SMS
    Holder holder = holders.create("A");
    time.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
    String serial = citizen.read((ResultActions) licenceLossSubmission(holder).call()).get("serialNumber")
        .asText();
    time.setTo(LocalDateTime.of(2026, 11, 23, 9, 0));
    List<String> statements = new ArrayList<>();
    int jobs = 0;
    for (List<Job> due = dueJobs(serial); !due.isEmpty() && jobs <= ACCEPTANCE_JOBS; due = dueJobs(serial),
        jobs++) {
      String job = due.get(0).getId();
      statements.addAll(StatementLog.record(() -> {
        management.executeJob(job);
        return null;
      }));
    }
    System.out.println(statements.stream().map(s -> "  " + s).collect(Collectors.joining("\n",
        "licence-loss acceptance, %d jobs: %d statements%n".formatted(jobs, statements.size()), "\n")));
    assertThat(jobs).isEqualTo(ACCEPTANCE_JOBS);
    assertThat(statements).hasSizeLessThanOrEqualTo(LICENCE_LOSS_ACCEPTANCE);
  }

  /** The application's own: other tests leave jobs of theirs due by then. */
  private List<Job> dueJobs(String serial) {
    return management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(serial).singleResult().getId()).executable().list();
  }

  @Test
  void aPhotoReview() throws Exception {
    List<String> statements = measure("photo review: claim and approve", bareComplete, this::photoReview);
    assertThat(statements).hasSizeLessThanOrEqualTo(PHOTO_REVIEW);
  }

  /** What is counted comes ready to run: what it needs first (a login, an SMS code, a task) is not counted. */
  private interface Prepared {
    Callable<?> prepare() throws Exception;
  }

  /**
   * Runs the operation once to warm the caches, then once counted, and prints its statements.
   *
   * @param bare the bare engine's count the operation is printed beside, or null for the bare engine itself
   */
  private static List<String> measure(String operation, Integer bare, Prepared prepared) throws Exception {
    prepared.prepare().call();
    List<String> statements = StatementLog.record(prepared.prepare());
    String beside = bare == null ? "" : " (%.1f × the bare engine's %d)".formatted((double) statements.size() / bare,
        bare);
    System.out.println(statements.stream().map(s -> "  " + s).collect(Collectors.joining("\n",
        "%s: %d statements%s%n".formatted(operation, statements.size(), beside), "\n")));
    return statements;
  }

  private Callable<?> bareComplete() {
    String task = tasks.createTaskQuery().processDefinitionKey(BARE_PROCESS).taskDefinitionKey(BARE_TASK)
        .taskUnassigned().list().get(0).getId();
    return () -> {
      tasks.claim(task, PHOTO_REVIEWER);
      tasks.complete(task);
      return null;
    };
  }

  /** Window pickup; the confirmation and its SMS code come before. */
  private Callable<?> licenceLossSubmission(Holder holder) throws Exception {
    String token = citizen.login(holder.phone());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("noticeAgreed", true);
    body.put("declarationConfirmed", true);
    body.put("licenceInfoConfirmed", true);
    body.put("deliveryMethod", "WINDOW");
    body.put("pickupSiteId", ZHANJIANG_SITE);
    String reference = citizen.read(citizen.post(token, LICENCE_LOSS + "/confirmation", body)
        .andExpect(status().isOk())).get("smsReference").asText();
    body.put("smsCode", citizen.requestCode(token, holder.phone(), "LICENCE_LOSS_SUBMIT", reference));
    return () -> citizen.post(token, LICENCE_LOSS, body).andExpect(status().isCreated());
  }

  private Callable<?> eLicenceSubmission(Holder holder) throws Exception {
    String token = citizen.login(holder.phone());
    MockMultipartFile upload = new MockMultipartFile("photo", "photo.jpg", "image/jpeg", photo);
    return () -> citizen.mvc().perform(multipart(E_LICENCE).file(upload)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isCreated());
  }

  /** What Tasklist does for the reviewer: claim, then submit the form, the reviewer authenticated. */
  private Callable<?> photoReview() throws Exception {
    eLicenceSubmission(holders.create("A")).call();
    String task = tasks.createTaskQuery().processDefinitionKey(ElectronicLicenceProcess.KEY)
        .taskUnassigned().list().get(0).getId();
    return () -> {
      identity.setAuthentication(PHOTO_REVIEWER, List.of(ReviewGroups.PHOTO_REVIEWERS));
      try {
        tasks.claim(task, PHOTO_REVIEWER);
        forms.submitTaskForm(task, Map.of(ElectronicLicenceProcess.VAR_PHOTO_APPROVED, true));
      } finally {
        identity.clearAuthentication();
      }
      return null;
    };
  }
}
