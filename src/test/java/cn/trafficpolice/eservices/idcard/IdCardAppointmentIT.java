package cn.trafficpolice.eservices.idcard;

import static cn.trafficpolice.eservices.idcard.IdCardReissueProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.idcard.IdCardDriver.Applicant;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** ID-3 end to end with the clerks working in Tasklist; ID-4 temporary card; the review API's access. */
@RestIntegrationTest
class IdCardAppointmentIT {

  private static final LocalDateTime SUBMITTED = LocalDateTime.of(2026, 11, 23, 10, 0);
  private static final Date APPOINTMENT = Date.from(SUBMITTED.plusDays(3).atZone(EngineTime.CHINA).toInstant());
  private static final String PLACE = "湛江市公安局海滨派出所户籍窗口";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  PasswordEncoder passwords;

  IdCardDriver driver;
  Applicant applicant;
  String serial;

  @BeforeEach
  void appointmentRegistered() throws Exception {
    time.setTo(SUBMITTED);
    driver = new IdCardDriver(citizen, jdbc, engine, passwords);
    applicant = driver.applicant(false, false);
    citizen.get(applicant.token(), IdCardDriver.BASE + "/eligibility")
        .andExpect(jsonPath("$.offeredChannel").value("APPOINTMENT"));
    serial = driver.submitAppointment(applicant, "PICKUP").get("serialNumber").asText();
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void approvedFingerprintedProducedAndPickedUp() throws Exception { // ID-3, SH-6
    Task review = clerkTask(TASK_REVIEW_APPOINTMENT);
    assertThat(review.getDueDate()).isAfter(review.getCreateTime());
    assertThat(driver.taskSeenBy("filing.reviewer", ReviewGroups.FILING_REVIEWERS, serial)).isNull();
    complete(review, Map.of(VAR_APPOINTMENT_APPROVED, true, VAR_APPOINTMENT_TIME, APPOINTMENT,
        VAR_APPOINTMENT_PLACE, PLACE));
    citizen.get(applicant.token(), IdCardDriver.BASE + "/" + serial)
        .andExpect(jsonPath("$.stage").value("APPOINTMENT_BOOKED"))
        .andExpect(jsonPath("$.appointmentPlace").value(PLACE));
    assertThat(driver.smsTo(applicant)).contains("已审核通过").contains(PLACE);

    complete(clerkTask(TASK_RECORD_FINGERPRINTS_AND_FEE), Map.of(VAR_FINGERPRINTS_COLLECTED, true,
        VAR_FEE_PAID, true));
    complete(clerkTask(TASK_RECORD_CARD_PRODUCED), Map.of(VAR_CARD_PRODUCED, true));
    citizen.get(applicant.token(), IdCardDriver.BASE + "/" + serial)
        .andExpect(jsonPath("$.stage").value("READY_FOR_PICKUP"));
    complete(clerkTask(TASK_HAND_OVER_CARD), Map.of(VAR_CARD_HANDED_OVER, true));

    citizen.get(applicant.token(), "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.status").value("COMPLETED"))
        .andExpect(jsonPath("$.application.result").value("已领取"));
    assertThat(driver.smsTo(applicant)).contains("请携带户口簿到" + PLACE + "领取").contains("已领取");
  }

  @Test
  void anAppointmentNotKeptExpiresTheCitizenIsToldAndMayBookAgain() throws Exception { // ID-3, SH-6
    complete(clerkTask(TASK_REVIEW_APPOINTMENT), Map.of(VAR_APPOINTMENT_APPROVED, true, VAR_APPOINTMENT_TIME,
        APPOINTMENT, VAR_APPOINTMENT_PLACE, PLACE));

    // the appointment is on Thursday 26 November; five working days later is Thursday 3 December
    time.advanceTo(LocalDateTime.of(2026, 12, 3, 17, 0));
    Applicant later = driver.loggedInAgain(applicant);
    citizen.get(later.token(), IdCardDriver.BASE + "/" + serial)
        .andExpect(jsonPath("$.stage").value("APPOINTMENT_BOOKED"));
    time.advanceTo(LocalDateTime.of(2026, 12, 3, 17, 31));

    later = driver.loggedInAgain(applicant);
    citizen.get(later.token(), IdCardDriver.BASE + "/" + serial).andExpect(jsonPath("$.stage").value("EXPIRED"));
    citizen.get(later.token(), "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.status").value("CANCELLED"))
        .andExpect(jsonPath("$.application.reason").value("逾期未到场办理"));
    assertThat(driver.smsTo(later)).contains("逾期未到场办理已失效").contains("重新预约");
    assertThat(driver.taskSeenBy(IdCardDriver.CLERK, ReviewGroups.ID_CARD_CLERKS, serial)).isNull();

    String again = citizen.read(citizen.post(later.token(), IdCardDriver.BASE + "/appointments", Map.of("reason",
        "DAMAGED", "preferredDate", "2026-12-07", "delivery", "PICKUP")).andExpect(status().isCreated()))
        .get("serialNumber").asText();
    assertThat(again).isNotEqualTo(serial);
    assertThat(clerkTaskOf(again).getTaskDefinitionKey()).isEqualTo(TASK_REVIEW_APPOINTMENT);
  }

  @Test
  void theReviewCannotBeCompletedWithoutTimeAndPlace() { // ID-3: enforced by the process, not only the form
    Task review = clerkTask(TASK_REVIEW_APPOINTMENT);

    assertThatThrownBy(() -> driver.completeAs(IdCardDriver.CLERK, ReviewGroups.ID_CARD_CLERKS, review,
        Map.of(VAR_APPOINTMENT_APPROVED, true))).hasMessageContaining("办理时间");
    assertThatThrownBy(() -> driver.completeAs(IdCardDriver.CLERK, ReviewGroups.ID_CARD_CLERKS, review,
        Map.of(VAR_APPOINTMENT_APPROVED, true, VAR_APPOINTMENT_TIME, APPOINTMENT))).hasMessageContaining("办理地点");

    assertThat(clerkTask(TASK_REVIEW_APPOINTMENT).getId()).isEqualTo(review.getId());
  }

  @Test
  void rejectedWithAReasonTheCitizenIsTold() throws Exception { // ID-3, SH-2, SH-6
    complete(clerkTask(TASK_REVIEW_APPOINTMENT), Map.of(VAR_APPOINTMENT_APPROVED, false,
        VAR_REJECTION_REASON, "登记的户籍地址与户口簿不符"));

    citizen.get(applicant.token(), "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.status").value("REJECTED"))
        .andExpect(jsonPath("$.application.reason").value("登记的户籍地址与户口簿不符"));
    assertThat(driver.smsTo(applicant)).contains("未通过审核").contains("户籍地址与户口簿不符");
  }

  @Test
  void aTemporaryCardIsRequestedOnceWhileWaiting() throws Exception { // ID-4
    String temporaryCard = IdCardDriver.BASE + "/" + serial + "/temporary-card";
    citizen.post(applicant.token(), temporaryCard, Map.of()).andExpect(status().isConflict());
    complete(clerkTask(TASK_REVIEW_APPOINTMENT), Map.of(VAR_APPOINTMENT_APPROVED, true, VAR_APPOINTMENT_TIME,
        APPOINTMENT, VAR_APPOINTMENT_PLACE, PLACE));
    complete(clerkTask(TASK_RECORD_FINGERPRINTS_AND_FEE), Map.of(VAR_FINGERPRINTS_COLLECTED, true,
        VAR_FEE_PAID, true));

    citizen.post(applicant.token(), temporaryCard, Map.of()).andExpect(status().isAccepted());
    citizen.post(applicant.token(), temporaryCard, Map.of()).andExpect(status().isConflict());
    Task issue = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(serial)
        .taskDefinitionKey(TASK_ISSUE_TEMPORARY_CARD).singleResult();
    complete(issue, Map.of(VAR_TEMPORARY_CARD_ISSUED, true, VAR_TEMPORARY_CARD_NOTE, PLACE));

    citizen.get(applicant.token(), IdCardDriver.BASE + "/" + serial)
        .andExpect(jsonPath("$.temporaryCard.issued").value(true))
        .andExpect(jsonPath("$.stage").value("ACCEPTED"));
    assertThat(driver.smsTo(applicant)).contains("临时居民身份证").contains("已签发");
  }

  @Test
  void theReviewApiAnswersOnlyAClerkOfTheTask() throws Exception { // ID-3, security; offers times and places
    String url = "/review-api/id-card-reissues/tasks/" + clerkTask(TASK_REVIEW_APPOINTMENT).getId();

    citizen.mvc().perform(get(url).session(driver.camundaSession(IdCardDriver.CLERK, ReviewGroups.ID_CARD_CLERKS)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.serialNumber").value(serial))
        .andExpect(jsonPath("$.applicant.idNumber").value(applicant.idNumber().substring(0, 4) + "**********"
            + applicant.idNumber().substring(14)))
        .andExpect(jsonPath("$.preferredDate").value("2026-11-30"))
        .andExpect(jsonPath("$.deliveryName").value("到受理单位领取"))
        // ID-3: offered times from the next working day (submitted on Monday 2026-11-23), 4 a day for 5 days
        .andExpect(jsonPath("$.appointmentTimes.length()").value(20))
        .andExpect(jsonPath("$.appointmentTimes[0]").value(startsWith("2026-11-24T09:00")))
        .andExpect(jsonPath("$.appointmentTimes[19]").value(startsWith("2026-11-30T16:00")))
        .andExpect(jsonPath("$.appointmentPlaces[0]").value("湛江市公安局海滨派出所户籍窗口"))
        .andExpect(jsonPath("$.appointmentPlaces.length()").value(greaterThan(1)));
    citizen.mvc().perform(get(url)).andExpect(status().isUnauthorized());
    citizen.get(applicant.token(), url).andExpect(status().isUnauthorized());
    citizen.mvc().perform(get(url).session(driver.camundaSession("licence.clerk", ReviewGroups.LICENCE_CLERKS)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aRemoteApplicationIsEscalatedToTheHeadsAfterNinetyDays() throws Exception { // ID-4
    Applicant remote = driver.applicant(false, true);
    String remoteSerial = driver.submitAppointment(remote, "POST").get("serialNumber").asText();
    assertThat(driver.reissue(remote, remoteSerial).get("issueDeadline").asText()).startsWith("2027-02-21T10:00");

    time.advanceTo(SUBMITTED.plusDays(61));
    assertThat(headTask(remoteSerial)).isNull();
    assertThat(headTask(serial)).isNotNull();
    time.advanceTo(SUBMITTED.plusDays(91));

    Task supervision = headTask(remoteSerial);
    assertThat(supervision.getTaskDefinitionKey()).isEqualTo(TASK_SUPERVISE_OVERDUE);
    assertThat(driver.taskSeenBy(IdCardDriver.CLERK, ReviewGroups.ID_CARD_CLERKS, remoteSerial).getTaskDefinitionKey())
        .isEqualTo(TASK_REVIEW_APPOINTMENT);
    driver.completeAs(IdCardDriver.HEAD, ReviewGroups.ID_CARD_HEADS, supervision,
        Map.of(VAR_SUPERVISION_NOTE, "已责成户籍窗口当日审核"));
  }

  @Test
  void theRegistrationFormIsCheckedBeforeAnythingIsRecorded() throws Exception { // ID-3, SH-7
    Applicant other = driver.applicant(false, false);
    String appointments = IdCardDriver.BASE + "/appointments";

    citizen.post(other.token(), appointments, Map.of("reason", "LOST", "preferredDate", "2026-11-30",
        "delivery", "POST")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(IdCardErrors.ADDRESS_REQUIRED));
    citizen.post(other.token(), appointments, Map.of("reason", "LOST", "preferredDate", "2026-11-23",
        "delivery", "PICKUP")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(IdCardErrors.PREFERRED_DATE_INVALID));
    citizen.post(other.token(), appointments, Map.of("reason", "STOLEN", "preferredDate", "2026-11-30",
        "delivery", "PICKUP")).andExpect(status().isBadRequest());

    citizen.get(other.token(), IdCardDriver.BASE).andExpect(jsonPath("$.length()").value(0));
    citizen.get(other.token(), "/api/v1/applications").andExpect(jsonPath("$.length()").value(0));
  }

  private Task headTask(String serialNumber) {
    engine.getIdentityService().setAuthentication(IdCardDriver.HEAD, List.of(ReviewGroups.ID_CARD_HEADS));
    try {
      return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(serialNumber)
          .taskDefinitionKey(TASK_SUPERVISE_OVERDUE).singleResult();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Task clerkTaskOf(String serialNumber) {
    return driver.taskSeenBy(IdCardDriver.CLERK, ReviewGroups.ID_CARD_CLERKS, serialNumber);
  }

  private Task clerkTask(String key) {
    Task task = clerkTaskOf(serial);
    assertThat(task).as("open clerk task").isNotNull();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
    return task;
  }

  private void complete(Task task, Map<String, Object> decision) {
    driver.completeAs(IdCardDriver.CLERK, ReviewGroups.ID_CARD_CLERKS, task, new HashMap<>(decision));
    time.runDueJobs();
  }
}
