package cn.trafficpolice.eservices.filing;

import static cn.trafficpolice.eservices.filing.FilingDriver.GA1234_VIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.TasklistSessions;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/** NF-3 manual path: photo upload, the filing-reviewers task, its review API, approval and rejection. */
@RestIntegrationTest
class FilingReviewIT {

  private static final String FILING_REVIEWER = "filing.reviewer";
  private static final String PHOTO_REVIEWER = "photo.reviewer";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  FilingDriver filing;
  String filer;
  long filingId;
  String serial;
  byte[] photo;

  @BeforeEach
  void filingAwaitingReview() throws Exception {
    filing = new FilingDriver(citizen, jdbc, engine);
    filing.cleanUp();
    filer = citizen.login(DemoCitizens.ZHANG_WEI);
    JsonNode submitted = filing.filed(filer, citizen.login(DemoCitizens.XU_MING), GA1234_VIN, "fail");
    assertThat(submitted.get("photoRequired").asBoolean()).isTrue();
    filingId = submitted.get("filingId").asLong();
    serial = submitted.get("serialNumber").asText();
    photo = FilingDriver.image(800, 600, "jpg");
    filing.uploadIdPhoto(filer, filingId, "me.jpg", photo).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_REVIEW"));
  }

  @AfterEach
  void resetClockAndIdentity() {
    identity.clearAuthentication();
    time.reset();
  }

  @Test
  void aFilingReviewerApprovesThePhoto() throws Exception { // NF-3 NF-4
    Task task = taskSeenBy(FILING_REVIEWER, ReviewGroups.FILING_REVIEWERS);
    assertThat(task).isNotNull();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(VehicleFilingProcess.TASK_REVIEW_FILING_PHOTO);
    assertThat(task.getDueDate()).isAfter(task.getCreateTime());
    assertThat(taskSeenBy(PHOTO_REVIEWER, ReviewGroups.PHOTO_REVIEWERS)).isNull();

    completeAs(FILING_REVIEWER, task, Map.of(VehicleFilingProcess.VAR_PHOTO_APPROVED, true));
    filing.runFilingJobs();

    assertThat(filing.filingStatus(filingId)).isEqualTo("APPROVED");
    citizen.get(filer, FilingDriver.BASE + "/filed-vehicles").andExpect(jsonPath("$[0].plateNumber").value("粤GA1234"));
    citizen.get(filer, "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.status").value("COMPLETED"))
        .andExpect(jsonPath("$.steps[*].step").value(contains("提交备案申请", "上传本人手持证件照片",
            "人工审核", "备案通过")));
  }

  @Test
  void aFilingReviewerRejectsWithAReasonTheFilerIsTold() throws Exception { // NF-3 SH-2 SH-6
    Task task = taskSeenBy(FILING_REVIEWER, ReviewGroups.FILING_REVIEWERS);
    completeAs(FILING_REVIEWER, task, Map.of(VehicleFilingProcess.VAR_PHOTO_APPROVED, false,
        VehicleFilingProcess.VAR_REJECTION_REASON, "OTHER_PARTYS_DOCUMENT",
        VehicleFilingProcess.VAR_REVIEW_NOTE, "照片中为机动车所有人的身份证"));
    filing.runFilingJobs();

    assertThat(filing.filingStatus(filingId)).isEqualTo("REJECTED");
    citizen.get(filer, "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.status").value("REJECTED"))
        .andExpect(jsonPath("$.application.reason").value("使用对方证件拍照（照片中为机动车所有人的身份证）"));
    citizen.get(filer, FilingDriver.BASE + "/" + filingId)
        .andExpect(jsonPath("$.rejectionReason").value("使用对方证件拍照"));
    citizen.get(filer, FilingDriver.BASE + "/filed-vehicles").andExpect(jsonPath("$.length()").value(0));
    String inbox = citizen.read(citizen.get(filer, "/api/v1/demo/sms-inbox?phone=" + DemoCitizens.ZHANG_WEI))
        .toString();
    assertThat(inbox).contains("未通过审核").contains("使用对方证件拍照");
  }

  @Test
  void aRejectionWithoutReasonIsRefusedByTheProcess() { // NF-3
    Task task = taskSeenBy(FILING_REVIEWER, ReviewGroups.FILING_REVIEWERS);
    identity.setAuthentication(FILING_REVIEWER, List.of(ReviewGroups.FILING_REVIEWERS));
    try {
      assertThatThrownBy(() -> tasks.complete(task.getId(),
              Map.of(VehicleFilingProcess.VAR_PHOTO_APPROVED, false)))
          .hasMessageContaining("退办原因");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(filing.filingStatus(filingId)).isEqualTo("IN_REVIEW");
  }

  @Test
  void theReviewApiShowsTheFilingAndPhotoToItsReviewer() throws Exception { // NF-3
    String taskId = taskSeenBy(FILING_REVIEWER, ReviewGroups.FILING_REVIEWERS).getId();
    MockHttpSession session = camundaSession(FILING_REVIEWER, ReviewGroups.FILING_REVIEWERS);

    citizen.mvc().perform(get("/review-api/vehicle-filings/tasks/" + taskId).session(session))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.serialNumber").value(serial))
        .andExpect(jsonPath("$.filer.name").value("张伟"))
        .andExpect(jsonPath("$.filer.idNumber").value("4408**********0018"))
        .andExpect(jsonPath("$.owner.name").value("徐明"))
        .andExpect(jsonPath("$.vehicle.plateNumber").value("粤GA1234"))
        .andExpect(jsonPath("$.filerDocuments.idCardNumber").value("4408**********0018"))
        .andExpect(jsonPath("$.filerDocuments.licenceNumber").value("4408**********0018"))
        .andExpect(jsonPath("$.hasRegistryPortrait").value(true))
        .andExpect(jsonPath("$.rejectionReasons[*].code").value(contains("OTHER_PARTYS_DOCUMENT",
            "NOT_THE_APPLICANT", "ILLEGIBLE")));
    // NF-3 "not the applicant": the reviewer compares the photo with the filer's registry portrait
    citizen.mvc().perform(get("/review-api/vehicle-filings/tasks/" + taskId + "/registry-portrait").session(session))
        .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_JPEG));
    byte[] shown = citizen.mvc().perform(get("/review-api/vehicle-filings/tasks/" + taskId + "/photo")
            .session(session))
        .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_JPEG))
        .andReturn().getResponse().getContentAsByteArray();
    // the stored photo is the upload re-encoded: the same picture, not the same bytes
    BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(shown));
    assertThat(pixels.getWidth()).isEqualTo(800);
    assertThat(pixels.getHeight()).isEqualTo(600);
  }

  @Test
  void theReviewApiNeedsACamundaSessionOfTheTasksGroup() throws Exception { // NF-3, security
    String taskId = taskSeenBy(FILING_REVIEWER, ReviewGroups.FILING_REVIEWERS).getId();
    String url = "/review-api/vehicle-filings/tasks/" + taskId;

    citizen.mvc().perform(get(url)).andExpect(status().isUnauthorized());
    citizen.mvc().perform(get(url + "/photo")).andExpect(status().isUnauthorized());
    citizen.get(filer, url).andExpect(status().isUnauthorized());
    MockHttpSession otherGroup = camundaSession(PHOTO_REVIEWER, ReviewGroups.PHOTO_REVIEWERS);
    citizen.mvc().perform(get(url).session(otherGroup)).andExpect(status().isNotFound());
    citizen.mvc().perform(get(url + "/photo").session(otherGroup)).andExpect(status().isNotFound());
    citizen.mvc().perform(get(url + "/registry-portrait").session(otherGroup)).andExpect(status().isNotFound());
  }

  @Test
  void theTaskFormIsDeployedWithTheProcess() throws Exception { // NF-3
    Task task = taskSeenBy(FILING_REVIEWER, ReviewGroups.FILING_REVIEWERS);
    String deploymentId = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId())
        .getDeploymentId();
    try (InputStream form = engine.getRepositoryService().getResourceAsStream(deploymentId, "forms/review-filing.html")) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("/review-api/vehicle-filings/tasks/").contains("name: 'rejectionReason'")
          .contains("/review-api/forms/review-form.js");
    }
    assertThat(engine.getFormService().getTaskFormKey(task.getProcessDefinitionId(), task.getTaskDefinitionKey()))
        .isEqualTo("embedded:deployment:forms/review-filing.html");
  }

  private Task taskSeenBy(String userId, String group) {
    identity.setAuthentication(userId, List.of(group));
    try {
      return tasks.createTaskQuery().processInstanceBusinessKey(serial).singleResult();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void completeAs(String userId, Task task, Map<String, Object> decision) {
    identity.setAuthentication(userId, List.of(ReviewGroups.FILING_REVIEWERS));
    try {
      tasks.claim(task.getId(), userId);
      tasks.complete(task.getId(), decision);
    } finally {
      identity.clearAuthentication();
    }
  }

  private MockHttpSession camundaSession(String userId, String group) {
    return TasklistSessions.loggedIn(engine.getName(), userId, group);
  }
}
