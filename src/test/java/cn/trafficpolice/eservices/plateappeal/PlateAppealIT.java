package cn.trafficpolice.eservices.plateappeal;

import static cn.trafficpolice.eservices.plate.PlateDriver.ZHOU_BLOCKED_CERT;
import static cn.trafficpolice.eservices.plate.PlateDriver.ZHOU_BLOCKED_VIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.plate.PlateDriver;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.support.TasklistSessions;
import cn.trafficpolice.eservices.support.TestImages;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/** PA-1..PA-3 end to end: refusal, appeal with photos, reviewer in Tasklist terms, pre-selection again. */
@RestIntegrationTest
class PlateAppealIT {

  private static final String REVIEWER = "appeal.reviewer";

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

  PlateDriver plate;
  String zhou;
  String serial;

  @BeforeEach
  void refusedAndAppealed() throws Exception {
    plate = new PlateDriver(citizen, jdbc, engine);
    plate.cleanUp();
    time.setTo(LocalDateTime.of(2026, 9, 28, 10, 0));
    zhou = citizen.login(DemoCitizens.ZHOU_JIE);
    plate.start(zhou, ZHOU_BLOCKED_VIN, ZHOU_BLOCKED_CERT, "370100")
        .andExpect(jsonPath("$.code").value("VIN_ALREADY_PRESELECTED"));
    byte[] scan = TestImages.encoded(640, 480, "png");
    serial = citizen.read(citizen.mvc().perform(multipart("/api/v1/plate-appeals")
            .file(new MockMultipartFile("identityProof", "id.jpg", "image/jpeg", scan))
            .file(new MockMultipartFile("invoice", "invoice.png", "image/png", scan))
            .param("vin", ZHOU_BLOCKED_VIN).header(HttpHeaders.AUTHORIZATION, "Bearer " + zhou))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("IN_REVIEW")))
        .get("serialNumber").asText();
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    time.reset();
  }

  @Test
  void approvedAppealClearsTheRecordAndPreselectionWorksAgain() throws Exception { // PA-1 PA-2 PA-3 PP-9
    Task task = taskOf(REVIEWER);
    assertThat(task.getDueDate()).isAfter(task.getCreateTime());
    complete(task, Map.of(PlateSelectionAppealProcess.VAR_APPEAL_APPROVED, true,
        PlateSelectionAppealProcess.VAR_IDENTITY_PROOF_MATCHES, true,
        PlateSelectionAppealProcess.VAR_INVOICE_MATCHES_VIN, true));
    time.runDueJobs();

    citizen.get(zhou, "/api/v1/plate-appeals").andExpect(jsonPath("$[0].status").value("APPROVED"));
    assertThat(plate.poolStatus("鲁A00710")).isEqualTo("AVAILABLE");
    plate.start(zhou, ZHOU_BLOCKED_VIN, ZHOU_BLOCKED_CERT, "370100").andExpect(status().isCreated());
  }

  @Test
  void rejectedAppealTellsTheReasonAndTheRecordStays() throws Exception { // PA-3
    complete(taskOf(REVIEWER), Map.of(PlateSelectionAppealProcess.VAR_APPEAL_APPROVED, false,
        PlateSelectionAppealProcess.VAR_REJECTION_REASON, AppealRejectionReason.INVOICE_BUYER_MISMATCH.name(),
        PlateSelectionAppealProcess.VAR_REVIEW_NOTE, "发票购车人为他人"));
    time.runDueJobs();

    citizen.get(zhou, "/api/v1/plate-appeals").andExpect(jsonPath("$[0].status").value("REJECTED"))
        .andExpect(jsonPath("$[0].rejectionReason").value("购车发票上的购车人与申诉人不一致（发票购车人为他人）"));
    citizen.get(zhou, "/api/v1/applications/" + serial).andExpect(jsonPath("$.application.status").value("REJECTED"));
    plate.start(zhou, ZHOU_BLOCKED_VIN, ZHOU_BLOCKED_CERT, "370100")
        .andExpect(jsonPath("$.code").value("VIN_ALREADY_PRESELECTED"));
  }

  @Test
  void theReviewApiShowsTheAppealOnlyToItsReviewers() throws Exception { // PA-2, PA-3, security
    String url = "/review-api/plate-appeals/tasks/" + taskOf(REVIEWER).getId();
    citizen.mvc().perform(get(url)).andExpect(status().isUnauthorized());
    citizen.mvc().perform(get(url).session(session("photo.reviewer", ReviewGroups.PHOTO_REVIEWERS)))
        .andExpect(status().isNotFound());
    MockHttpSession reviewer = session(REVIEWER, ReviewGroups.PLATE_APPEAL_REVIEWERS);
    citizen.mvc().perform(get(url).session(reviewer)).andExpect(status().isOk())
        .andExpect(jsonPath("$.vin").value(ZHOU_BLOCKED_VIN))
        .andExpect(jsonPath("$.appellant.name").value("周杰"))
        .andExpect(jsonPath("$.blockingRecord.plateNumber").value("鲁A00710"))
        .andExpect(jsonPath("$.blockingRecord.kind").value("该车辆已预选号牌"))
        .andExpect(jsonPath("$.blockingRecord.holder").value("其他渠道 DEA*********0001"))
        .andExpect(jsonPath("$.blockingRecord.officeName").isNotEmpty())
        .andExpect(jsonPath("$.blockingRecord.since").isNotEmpty())
        .andExpect(jsonPath("$.checks[*].variable").value(contains(
            PlateSelectionAppealProcess.VAR_IDENTITY_PROOF_MATCHES, PlateSelectionAppealProcess.VAR_INVOICE_MATCHES_VIN)))
        .andExpect(jsonPath("$.rejectionReasons[*].code").value(hasItems(
            "INVOICE_VIN_MISMATCH", "OTHER")))
        .andExpect(jsonPath("$.rejectionReasons.length()").value(AppealRejectionReason.values().length));
    citizen.mvc().perform(get(url + "/identity-proof").session(reviewer)).andExpect(status().isOk());
    citizen.mvc().perform(get(url + "/invoice").session(reviewer)).andExpect(status().isOk());
    citizen.get(citizen.login(DemoCitizens.ZHANG_WEI), "/api/v1/plate-appeals").andExpect(jsonPath("$.length()")
        .value(0));
  }

  private Task taskOf(String userId) {
    identity.setAuthentication(userId, List.of(ReviewGroups.PLATE_APPEAL_REVIEWERS));
    try {
      return tasks.createTaskQuery().processInstanceBusinessKey(serial).singleResult();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void complete(Task task, Map<String, Object> decision) {
    identity.setAuthentication(REVIEWER, List.of(ReviewGroups.PLATE_APPEAL_REVIEWERS));
    try {
      tasks.claim(task.getId(), REVIEWER);
      tasks.complete(task.getId(), decision);
    } finally {
      identity.clearAuthentication();
    }
  }

  private MockHttpSession session(String userId, String group) {
    return TasklistSessions.loggedIn(engine.getName(), userId, group);
  }
}
