package cn.trafficpolice.eservices.elicence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.TasklistSessions;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** EL-3 through the REST front, the photo-reviewers task and its review API. */
@RestIntegrationTest
class PhotoReviewIT {

  private static final String BASE = "/api/v1/e-licence";
  private static final String PHOTO_REVIEWER = "photo.reviewer";
  private static final String FILING_REVIEWER = "filing.reviewer";

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

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    time.reset();
    engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ElectronicLicenceProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test"));
    jdbc.sql("DELETE FROM electronic_licence").update();
    jdbc.sql("DELETE FROM elicence_application").update();
    jdbc.sql("DELETE FROM application WHERE business = 'ELECTRONIC_LICENCE'").update();
  }

  @Test
  void theReviewIsDueWithinOneWorkingDayAcrossTheNationalHoliday() throws Exception { // EL-3 SH-4
    time.setTo(LocalDateTime.of(2026, 9, 30, 15, 0));
    upload(citizen.login(DemoCitizens.WU_DAN), image(400, 500, "jpg")).andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("IN_REVIEW"));

    Task task = taskSeenBy(PHOTO_REVIEWER, ReviewGroups.PHOTO_REVIEWERS);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(ElectronicLicenceProcess.TASK_REVIEW_PHOTO);
    assertThat(task.getDueDate().toInstant().atZone(EngineTime.CHINA).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 10, 8, 17, 30));
  }

  @Test
  void uploadsAreCheckedByContentSizeAndDimensions() throws Exception { // EL-3
    String token = citizen.login(DemoCitizens.WU_DAN);
    upload(token, "%PDF-1.7\n1 0 obj\n".getBytes(), "photo.jpg").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PHOTO_TYPE_INVALID"));
    upload(token, new byte[3 * 1024 * 1024], "photo.jpg").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PHOTO_TOO_LARGE"));
    upload(token, image(1, 1, "png")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PHOTO_DIMENSIONS_INVALID"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM elicence_application").query(Integer.class).single()).isZero();
  }

  @Test
  void theReviewerSeesBothPhotosAndAnotherGroupSeesNothing() throws Exception { // EL-3
    byte[] photo = image(400, 500, "png");
    String serial = serialOf(upload(citizen.login(DemoCitizens.ZHANG_WEI), photo));
    String taskId = taskSeenBy(PHOTO_REVIEWER, ReviewGroups.PHOTO_REVIEWERS).getId();
    String url = "/review-api/e-licence/tasks/" + taskId;
    MockHttpSession reviewer = camundaSession(PHOTO_REVIEWER, ReviewGroups.PHOTO_REVIEWERS);

    citizen.mvc().perform(get(url).session(reviewer)).andExpect(status().isOk())
        .andExpect(jsonPath("$.serialNumber").value(serial)).andExpect(jsonPath("$.licence.name").value("张伟"))
        .andExpect(jsonPath("$.hasRetainedPhoto").value(true))
        .andExpect(jsonPath("$.photoRules[0]").value("白色背景，光线均匀"));
    assertThat(citizen.mvc().perform(get(url + "/photo").session(reviewer)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray()).isEqualTo(photo);
    citizen.mvc().perform(get(url + "/retained-photo").session(reviewer)).andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.IMAGE_JPEG));

    MockHttpSession otherGroup = camundaSession(FILING_REVIEWER, ReviewGroups.FILING_REVIEWERS);
    citizen.mvc().perform(get(url).session(otherGroup)).andExpect(status().isNotFound());
    citizen.mvc().perform(get(url + "/photo").session(otherGroup)).andExpect(status().isNotFound());
    citizen.mvc().perform(get(url + "/retained-photo")).andExpect(status().isUnauthorized());
    assertThat(taskSeenBy(FILING_REVIEWER, ReviewGroups.FILING_REVIEWERS)).isNull();
    identity.setAuthentication(FILING_REVIEWER, List.of(ReviewGroups.FILING_REVIEWERS));
    assertThatThrownBy(() -> tasks.complete(taskId, Map.of(ElectronicLicenceProcess.VAR_PHOTO_APPROVED, true)))
        .hasMessageContaining(FILING_REVIEWER);
    identity.clearAuthentication();
    citizen.get(citizen.login(DemoCitizens.WU_DAN), BASE + "/applications/" + serial + "/photo")
        .andExpect(status().isNotFound());
  }

  @Test
  void rejectedThenApprovedAfterANewUpload() throws Exception { // EL-3 SH-6
    String token = citizen.login(DemoCitizens.WU_DAN);
    String serial = serialOf(upload(token, image(400, 500, "jpg")));

    decide(Map.of(ElectronicLicenceProcess.VAR_PHOTO_APPROVED, false,
        ElectronicLicenceProcess.VAR_REJECTION_REASON, "HEAD_COVERED", ElectronicLicenceProcess.VAR_REVIEW_NOTE, "戴帽子"));
    citizen.get(token, "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.reason").value("佩戴帽子、口罩、头巾或饰品（戴帽子）"));
    assertThat(inbox(token)).contains("未通过审核").contains("佩戴帽子");

    uploadAgain(token, serial).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("IN_REVIEW"));
    decide(Map.of(ElectronicLicenceProcess.VAR_PHOTO_APPROVED, true));

    citizen.get(token, "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.status").value("COMPLETED"));
    citizen.get(token, BASE).andExpect(jsonPath("$.front.name").value("吴丹"));
    assertThat(inbox(token)).contains("电子驾驶证已生成");
  }

  @Test
  void theThirdRejectionSendsTheCitizenToAWindow() throws Exception { // EL-3
    String token = citizen.login(DemoCitizens.WU_DAN);
    String serial = serialOf(upload(token, image(400, 500, "jpg")));
    for (int i = 0; i < 3; i++) {
      if (i > 0) {
        uploadAgain(token, serial).andExpect(status().isOk());
      }
      decide(Map.of(ElectronicLicenceProcess.VAR_PHOTO_APPROVED, false,
          ElectronicLicenceProcess.VAR_REJECTION_REASON, "BACKGROUND_NOT_WHITE"));
    }

    citizen.get(token, BASE + "/applications/" + serial).andExpect(jsonPath("$.state").value("WINDOW_REQUIRED"))
        .andExpect(jsonPath("$.rejections").value(3));
    citizen.get(token, "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.status").value("REJECTED"));
    uploadAgain(token, serial).andExpect(status().isConflict());
    assertThat(inbox(token)).contains("请携带身份证明到车管所窗口办理");
  }

  private void decide(Map<String, Object> decision) {
    Task task = taskSeenBy(PHOTO_REVIEWER, ReviewGroups.PHOTO_REVIEWERS);
    identity.setAuthentication(PHOTO_REVIEWER, List.of(ReviewGroups.PHOTO_REVIEWERS));
    try {
      tasks.complete(task.getId(), decision);
    } finally {
      identity.clearAuthentication();
    }
    time.runDueJobs();
  }

  private Task taskSeenBy(String userId, String group) {
    return tasks.createTaskQuery().processDefinitionKey(ElectronicLicenceProcess.KEY)
        .taskCandidateGroupIn(List.of(group)).singleResult();
  }

  private ResultActions upload(String token, byte[] content) throws Exception {
    return upload(token, content, "photo.jpg");
  }

  private ResultActions upload(String token, byte[] content, String name) throws Exception {
    return citizen.mvc().perform(multipart(BASE + "/applications")
        .file(new MockMultipartFile("photo", name, "image/jpeg", content))
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
  }

  private ResultActions uploadAgain(String token, String serial) throws Exception {
    return citizen.mvc().perform(multipart(BASE + "/applications/" + serial + "/photo")
        .file(new MockMultipartFile("photo", "again.jpg", "image/jpeg", image(420, 520, "jpg")))
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
  }

  private String serialOf(ResultActions result) throws Exception {
    return citizen.read(result.andExpect(status().isCreated())).get("serialNumber").asText();
  }

  private String inbox(String token) throws Exception {
    return citizen.read(citizen.get(token, "/api/v1/demo/sms-inbox?phone=" + DemoCitizens.WU_DAN)).toString();
  }

  private MockHttpSession camundaSession(String userId, String group) {
    return TasklistSessions.loggedIn(engine.getName(), userId, group);
  }

  static byte[] image(int width, int height, String format) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }
}
