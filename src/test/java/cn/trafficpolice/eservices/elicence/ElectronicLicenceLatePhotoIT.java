package cn.trafficpolice.eservices.elicence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * EL-3: a new photo racing the third rejection, whose application is on its way to the window, answers 409 and
 * stores nothing.
 */
@RestIntegrationTest
class ElectronicLicenceLatePhotoIT {

  private static final String BASE = "/api/v1/e-licence/applications";
  private static final String REVIEWER = "photo.reviewer";

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
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ElectronicLicenceProcess.KEY)
        .list().forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test"));
    jdbc.sql("DELETE FROM electronic_licence").update();
    jdbc.sql("DELETE FROM elicence_application").update();
    jdbc.sql("DELETE FROM application WHERE business = 'ELECTRONIC_LICENCE'").update();
  }

  @Test
  void aPhotoUploadedWhileTheThirdRejectionIsUnderWayIsA409() throws Exception { // EL-3, robustness
    String token = citizen.login(DemoCitizens.WU_DAN);
    String serial = citizen.read(upload(BASE, token).andExpect(status().isCreated())).get("serialNumber").asText();
    for (int i = 0; i < 2; i++) {
      reject();
      time.runDueJobs();
      upload(BASE + "/" + serial + "/photo", token).andExpect(status().isOk());
    }
    reject();
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(serial)
        .singleResult().getId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance).activityId(ElectronicLicenceProcess.TASK_REJECT_PHOTO).singleResult().getId());
    int photos = photoCount();

    upload(BASE + "/" + serial + "/photo", token).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value(ElectronicLicenceErrors.PHOTO_NOT_EXPECTED));

    assertThat(photoCount()).as("the late photo is not kept").isEqualTo(photos);
    citizen.get(token, BASE + "/" + serial).andExpect(jsonPath("$.state").value("PHOTO_REJECTED"));
    time.runDueJobs();
    citizen.get(token, BASE + "/" + serial).andExpect(jsonPath("$.state").value("WINDOW_REQUIRED"));
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
  }

  private void reject() {
    identity.setAuthentication(REVIEWER, List.of(ReviewGroups.PHOTO_REVIEWERS));
    try {
      Task task = tasks.createTaskQuery().processDefinitionKey(ElectronicLicenceProcess.KEY).singleResult();
      tasks.complete(task.getId(), Map.of(ElectronicLicenceProcess.VAR_PHOTO_APPROVED, false,
          ElectronicLicenceProcess.VAR_REJECTION_REASON, "BACKGROUND_NOT_WHITE"));
    } finally {
      identity.clearAuthentication();
    }
  }

  private ResultActions upload(String path, String token) throws Exception {
    return citizen.mvc().perform(multipart(path)
        .file(new MockMultipartFile("photo", "photo.jpg", "image/jpeg", PhotoReviewIT.image(420, 520, "jpg")))
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
  }

  private int photoCount() {
    return jdbc.sql("SELECT COUNT(*) FROM photo").query(Integer.class).single();
  }
}
