package cn.trafficpolice.eservices.licenceloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.TasklistSessions;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Window pickup: the licence clerks' Tasklist queue, its form data, and the one-month deadline (LL-4, LL-9). */
@RestIntegrationTest
class LicenceLossWindowPickupIT {

  private static final String CLERK = "licence.clerk";
  private static final String PHOTO_REVIEWER = "photo.reviewer";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PasswordEncoder passwords;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  FormService forms;

  LicenceHolders holders;
  LicenceLossJourney journey;

  @BeforeEach
  void setUp() {
    holders = new LicenceHolders(jdbc, passwords);
    journey = new LicenceLossJourney(citizen);
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    time.reset();
  }

  @Test
  void aLicenceClerkHandsTheLicenceOver() throws Exception { // LL-4 window, SH-6
    Holder holder = holders.create("A");
    String serial = readyForPickup(holder);
    assertThat(journey.inbox(holder).toString()).contains("请于2026年12月23日前携带本人身份证到湛江市车管所驾驶证业务窗口");
    String taskId = taskOf(serial).getId();

    as(CLERK, ReviewGroups.LICENCE_CLERKS, () -> {
      tasks.claim(taskId, CLERK);
      tasks.complete(taskId, Map.of(LicenceLossProcess.ID_CHECKED, true, LicenceLossProcess.LICENCE_HANDED_OVER,
          true));
      return null;
    });
    time.advanceTo(LocalDateTime.of(2026, 11, 24, 10, 0));

    JsonNode application = journey.application(holder, serial);
    assertThat(application.at("/application/status").asText()).isEqualTo("COMPLETED");
    assertThat(application.at("/application/result").asText()).isEqualTo("已领取");
    assertThat(application.get("steps").toString()).contains("待领取", "已领取");
    assertThat(jdbc.sql("SELECT handed_over_by FROM licence_loss_application WHERE serial_number = :serial")
        .param("serial", serial).query(String.class).single()).isEqualTo(CLERK);
    assertThat(journey.inbox(holder).toString()).contains("已领取，业务办结");
  }

  @Test
  void onlyLicenceClerksSeeAndWorkTheHandover() throws Exception { // DESIGN: the task's candidate group
    String serial = readyForPickup(holders.create("A"));
    String taskId = taskOf(serial).getId();

    assertThat(as(PHOTO_REVIEWER, ReviewGroups.PHOTO_REVIEWERS,
        () -> tasks.createTaskQuery().processInstanceBusinessKey(serial).count())).isZero();
    assertThat(as(CLERK, ReviewGroups.LICENCE_CLERKS,
        () -> tasks.createTaskQuery().processInstanceBusinessKey(serial).count())).isOne();
    assertThatThrownBy(() -> as(PHOTO_REVIEWER, ReviewGroups.PHOTO_REVIEWERS, () -> {
      tasks.complete(taskId, Map.of(LicenceLossProcess.ID_CHECKED, true,
          LicenceLossProcess.LICENCE_HANDED_OVER, true));
      return null;
    })).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void theHandoverNeedsTheIdCheck() throws Exception {
    String serial = readyForPickup(holders.create("A"));
    String taskId = taskOf(serial).getId();

    assertThatThrownBy(() -> as(CLERK, ReviewGroups.LICENCE_CLERKS, () -> {
      tasks.complete(taskId, Map.of(LicenceLossProcess.ID_CHECKED, false,
          LicenceLossProcess.LICENCE_HANDED_OVER, true));
      return null;
    })).hasRootCauseMessage("发放驾驶证前须核验领证人的身份证件");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
  }

  @Test
  void theTasklistFormReadsTheApplicantForAClerkOfTheGroupOnly() throws Exception {
    Holder holder = holders.create("A");
    String serial = readyForPickup(holder);
    String taskId = taskOf(serial).getId();

    assertThat(forms.getDeployedTaskForm(taskId)).as("form deployed under its form key").isNotNull();
    reviewApi(taskId, null).andExpect(status().isUnauthorized());
    reviewApi(taskId, session(PHOTO_REVIEWER, ReviewGroups.PHOTO_REVIEWERS)).andExpect(status().isNotFound());
    reviewApi(taskId, session(CLERK, ReviewGroups.LICENCE_CLERKS)).andExpect(status().isOk())
        .andExpect(jsonPath("$.serialNumber").value(serial))
        .andExpect(jsonPath("$.applicantName").value(holder.name()))
        .andExpect(jsonPath("$.idNumber").value(holder.idNumber()))
        .andExpect(jsonPath("$.pickupSiteName").value("湛江市车管所驾驶证业务窗口"));
  }

  @Test
  void aLicenceNotCollectedWithinAMonthBlacklistsTheCitizen() throws Exception { // LL-9, SH-5
    Holder holder = holders.create("A");
    String serial = readyForPickup(holder);

    time.advanceTo(LocalDateTime.of(2026, 12, 23, 8, 59));
    assertThat(journey.statusOf(holder, serial)).isEqualTo("IN_PROGRESS");

    time.advanceTo(LocalDateTime.of(2026, 12, 23, 9, 0));
    JsonNode application = journey.application(holder, serial);
    assertThat(application.at("/application/status").asText()).isEqualTo("COMPLETED");
    assertThat(application.at("/application/result").asText()).contains("逾期未领取", "互联网黑名单");
    citizen.get(journey.login(holder), "/api/v1/me/blacklist")
        .andExpect(jsonPath("$[0].endsOn").value("2027-12-23"));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(serial).count()).isZero();
  }

  /** Submitted Friday 2026-11-20, accepted and made Monday 2026-11-23 09:00: the pickup month starts. */
  private String readyForPickup(Holder holder) throws Exception {
    time.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
    String serial = journey.submitWindow(holder);
    time.advanceTo(LocalDateTime.of(2026, 11, 23, 9, 0));
    return serial;
  }

  private Task taskOf(String serial) {
    return tasks.createTaskQuery().processInstanceBusinessKey(serial).singleResult();
  }

  private <T> T as(String userId, String group, Supplier<T> work) {
    identity.setAuthentication(userId, List.of(group));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private MockHttpSession session(String userId, String group) {
    return TasklistSessions.loggedIn(engine.getName(), userId, group);
  }

  private ResultActions reviewApi(String taskId, MockHttpSession session) throws Exception {
    var request = MockMvcRequestBuilders.get("/review-api/licence-loss/tasks/" + taskId);
    return citizen.mvc().perform(session == null ? request : request.session(session));
  }
}
