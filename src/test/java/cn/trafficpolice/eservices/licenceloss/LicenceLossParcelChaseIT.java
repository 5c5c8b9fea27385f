package cn.trafficpolice.eservices.licenceloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.support.TasklistSessions;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** LL-4, LL-9: a parcel whose outcome never arrives is chased by a licence clerk, not waited for forever. */
@RestIntegrationTest
class LicenceLossParcelChaseIT {

  private static final String CLERK = "licence.clerk";
  /** Posted on Monday 23 November; ten working days later is Monday 7 December, closing at 17:30. */
  private static final LocalDateTime CHASE_AT = LocalDateTime.of(2026, 12, 7, 17, 30);

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

  LicenceHolders holders;
  LicenceLossJourney journey;

  @BeforeEach
  void setUp() {
    holders = new LicenceHolders(jdbc, passwords);
    journey = new LicenceLossJourney(citizen);
  }

  @AfterEach
  void resetClock() {
    identity.clearAuthentication();
    time.reset();
  }

  @Test
  void aParcelWithoutReportIsChasedAndALateReportChangesNothing() throws Exception { // LL-4, LL-9
    Holder holder = holders.create("A");
    String tracking = postedParcelOf(holder);
    String serial = serialOf(tracking);

    time.advanceTo(CHASE_AT.minusMinutes(1));
    assertThat(chaseTask(serial)).as("no chase before the time").isNull();
    time.advanceTo(CHASE_AT.plusMinutes(1));
    Task chase = chaseTask(serial);
    assertThat(chase.getTaskDefinitionKey()).isEqualTo(LicenceLossProcess.TASK_CHASE_PARCEL);
    assertThat(chase.getDueDate()).isAfter(chase.getCreateTime());
    citizen.mvc().perform(MockMvcRequestBuilders.get("/review-api/licence-loss/tasks/" + chase.getId() + "/parcel")
            .session(TasklistSessions.loggedIn(engine.getName(), CLERK, ReviewGroups.LICENCE_CLERKS)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.trackingNumber").value(tracking))
        .andExpect(jsonPath("$.postalAddress").isNotEmpty());

    int messages = journey.inbox(holder).size();
    report(tracking, "DELIVERED").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value(ParcelOutcomeCorrelation.PARCEL_OUTCOME_NOT_EXPECTED));
    time.runDueJobs();
    assertThat(journey.statusOf(holder, serial)).isEqualTo("IN_PROGRESS");
    assertThat(journey.inbox(holder).size()).as("no SMS from the late report").isEqualTo(messages);
    assertThat(chaseTask(serial).getId()).isEqualTo(chase.getId());

    complete(chase, Map.of(LicenceLossProcess.PARCEL_OUTCOME, "REFUSED",
        LicenceLossProcess.PARCEL_CHASE_NOTE, "邮政答复：收件人拒收"));
    JsonNode application = journey.application(holder, serial);
    assertThat(application.at("/application/result").asText()).contains("互联网黑名单");
    citizen.get(journey.login(holder), "/api/v1/me/blacklist")
        .andExpect(jsonPath("$[0].kind").value("LICENCE_AND_VEHICLE_SERVICES"));
  }

  @Test
  void aParcelReturnedUndeliveredIsCollectedAtTheIssuingOffice() throws Exception { // LL-4: not a refusal
    Holder holder = holders.create("A");
    String tracking = postedParcelOf(holder);
    String serial = serialOf(tracking);
    time.advanceTo(CHASE_AT.plusMinutes(1));

    complete(chaseTask(serial), Map.of(LicenceLossProcess.PARCEL_OUTCOME, "RETURNED",
        LicenceLossProcess.PARCEL_CHASE_NOTE, "邮政答复：地址查无此人，已退回"));

    JsonNode application = journey.application(holder, serial);
    assertThat(application.at("/application/status").asText()).isEqualTo("COMPLETED");
    assertThat(application.at("/application/result").asText()).startsWith("邮件退回");
    assertThat(journey.inbox(holder).toString()).contains("邮件未能投递，已退回");
    citizen.get(journey.login(holder), "/api/v1/me/blacklist").andExpect(jsonPath("$.length()").value(0));
  }

  /** Submits on Friday 2026-11-20 and lets the acceptance on Monday post the new licence. */
  private String postedParcelOf(Holder holder) throws Exception {
    time.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
    String serial = journey.submitPostal(holder);
    time.advanceTo(LocalDateTime.of(2026, 11, 23, 9, 0));
    return jdbc.sql("SELECT tracking_number FROM licence_loss_application WHERE serial_number = :serial")
        .param("serial", serial).query(String.class).single();
  }

  private String serialOf(String tracking) {
    return jdbc.sql("SELECT sender_reference FROM postal_parcel WHERE tracking_number = :tracking")
        .param("tracking", tracking).query(String.class).single();
  }

  private Task chaseTask(String serial) {
    identity.setAuthentication(CLERK, List.of(ReviewGroups.LICENCE_CLERKS));
    try {
      return tasks.createTaskQuery().processInstanceBusinessKey(serial).singleResult();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void complete(Task task, Map<String, Object> decision) {
    identity.setAuthentication(CLERK, List.of(ReviewGroups.LICENCE_CLERKS));
    try {
      tasks.claim(task.getId(), CLERK);
      tasks.complete(task.getId(), decision);
    } finally {
      identity.clearAuthentication();
    }
    time.runDueJobs();
  }

  private ResultActions report(String tracking, String outcome) throws Exception {
    return citizen.mvc().perform(MockMvcRequestBuilders
        .post("/api/v1/systems/postal/licence-loss/parcels/" + tracking + "/outcome")
        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\"}")
        .with(httpBasic("postal-service", "postal-demo")));
  }
}
