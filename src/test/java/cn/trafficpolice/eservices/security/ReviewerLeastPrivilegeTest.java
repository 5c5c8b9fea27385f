package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess;
import cn.trafficpolice.eservices.filing.VehicleFilingProcess;
import cn.trafficpolice.eservices.plateappeal.PlateSelectionAppealProcess;
import cn.trafficpolice.eservices.support.WebappClient;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Issue 10, least privilege: what a reviewer logged in to Tasklist may reach beyond their own queue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(ExpressionProbe.class)
class ReviewerLeastPrivilegeTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  private WebappClient reviewer;
  private Task task;

  @BeforeEach
  void aTaskOfTheReviewerCarryingTheIdItsDelegateReads() {
    reviewer = new WebappClient(port, engine.getName());
    assertThat(reviewer.login("filing.reviewer", "Demo@12345", "tasklist").statusCode()).isEqualTo(200);
    TaskService tasks = engine.getTaskService();
    task = tasks.newTask();
    task.setAssignee("filing.reviewer");
    tasks.saveTask(task);
    tasks.setVariable(task.getId(), VehicleFilingProcess.VAR_FILING_ID, 41L);
  }

  @AfterEach
  void removeTheTask() {
    if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() > 0) {
      engine.getTaskService().deleteTask(task.getId(), true);
    }
  }

  @Test
  void aReviewerReadsOnlyTheDefinitionOfTheirOwnProcess() {
    HttpResponse<String> definitions = reviewer.get(reviewer.engineApi("/process-definition"));
    assertThat(definitions.statusCode()).isEqualTo(200);
    assertThat(definitions.body()).contains("\"key\":\"" + VehicleFilingProcess.KEY + "\"")
        .doesNotContain(ElectronicLicenceProcess.KEY).doesNotContain(PlateSelectionAppealProcess.KEY);
  }

  @Test
  void aReviewerWithoutCockpitGetsNoCockpitApi() {
    String incidents = "/camunda/api/cockpit/plugin/base/" + engine.getName() + "/incident/count";
    assertThat(reviewer.get(incidents).statusCode()).isEqualTo(403);
    assertThat(new WebappClient(port, engine.getName()).get(incidents).statusCode()).isEqualTo(403);
    WebappClient operator = new WebappClient(port, engine.getName());
    assertThat(operator.login("admin", "admin", "cockpit").statusCode()).isEqualTo(200);
    assertThat(operator.get(incidents).statusCode()).isEqualTo(200);
  }

  @Test
  void aTaskCompletionCannotOverwriteTheFilingId() {
    assertProtected(reviewer.post(reviewer.engineApi("/task/" + task.getId() + "/complete"),
        "{\"variables\":{\"filingId\":{\"value\":7,\"type\":\"Long\"},\"photoApproved\":{\"value\":true}}}"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  void aFormSubmissionCannotOverwriteTheFilingId() {
    assertProtected(reviewer.post(reviewer.engineApi("/task/" + task.getId() + "/submit-form"),
        "{\"variables\":{\"filingId\":{\"value\":7,\"type\":\"Long\"}}}"));
  }

  @Test
  void aVariableUpdateCannotOverwriteOrDeleteTheFilingId() {
    String variables = reviewer.engineApi("/task/" + task.getId() + "/variables");
    assertProtected(reviewer.put(variables + "/filingId", "{\"value\":7,\"type\":\"Long\"}"));
    assertProtected(reviewer.post(variables, "{\"modifications\":{\"filingId\":{\"value\":7,\"type\":\"Long\"}}}"));
    assertProtected(reviewer.post(variables, "{\"deletions\":[\"filingId\"]}"));
    assertProtected(reviewer.delete(variables + "/filingId"));
    assertProtected(reviewer.put(reviewer.engineApi("/task/" + task.getId() + "/localVariables/filingId"),
        "{\"value\":7,\"type\":\"Long\"}"));
  }

  @Test
  void theReviewersOwnDecisionStillCompletesTheTask() {
    HttpResponse<String> done = reviewer.post(reviewer.engineApi("/task/" + task.getId() + "/complete"),
        "{\"variables\":{\"photoApproved\":{\"value\":true,\"type\":\"Boolean\"}}}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  @Test
  void theProtectedNamesComeFromTheProcessConstants() {
    assertThat(ProtectedVariables.names()).contains(VehicleFilingProcess.VAR_FILING_ID,
        PlateSelectionAppealProcess.VAR_APPEAL_ID);
  }

  private void assertProtected(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(ProtectedVariablesFilter.VARIABLE_PROTECTED);
    assertThat(engine.getTaskService().getVariable(task.getId(), VehicleFilingProcess.VAR_FILING_ID)).isEqualTo(41L);
  }
}
