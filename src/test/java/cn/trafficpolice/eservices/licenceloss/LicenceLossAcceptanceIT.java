package cn.trafficpolice.eservices.licenceloss;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.blacklist.BlacklistKind;
import cn.trafficpolice.eservices.blacklist.BlacklistService;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Acceptance on the next working day (real calendar, engine clock moved), and what acceptance does. */
@RestIntegrationTest
class LicenceLossAcceptanceIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PasswordEncoder passwords;
  @Autowired
  BlacklistService blacklist;
  @Autowired
  LicenceLossFulfilment fulfilment;

  LicenceHolders holders;
  LicenceLossJourney journey;

  @BeforeEach
  void setUp() {
    holders = new LicenceHolders(jdbc, passwords);
    journey = new LicenceLossJourney(citizen);
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void submittedOnFridayIsAcceptedOnMonday() throws Exception { // LL-6, LL-7, SH-6
    Holder holder = holders.create("A");
    time.setTo(LocalDateTime.of(2026, 11, 20, 16, 30));
    String serial = journey.submitPostal(holder);

    time.advanceTo(LocalDateTime.of(2026, 11, 23, 8, 59));
    assertThat(journey.statusOf(holder, serial)).isEqualTo("SUBMITTED");
    assertThat(replacedBy(holder)).isNull();

    time.advanceTo(LocalDateTime.of(2026, 11, 23, 9, 0));
    JsonNode application = journey.application(holder, serial);
    assertThat(application.at("/application/status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(steps(application)).containsSubsequence("提交申请", "等待受理", "受理", "制证", "邮寄");
    assertThat(finishedOn(application, "受理")).startsWith("2026-11-23T09:00");
    assertThat(replacedBy(holder)).isEqualTo(serial);
    assertThat(journey.inbox(holder).toString()).contains("已受理，原机动车驾驶证即日起作废");
  }

  @Test
  void submittedBeforeNationalDayIsAcceptedOnTheEighthOfOctober() throws Exception { // LL-6, SH-4
    Holder holder = holders.create("A");
    time.setTo(LocalDateTime.of(2026, 9, 30, 10, 0));
    String serial = journey.submitWindow(holder);

    time.advanceTo(LocalDateTime.of(2026, 10, 7, 23, 59));
    assertThat(journey.statusOf(holder, serial)).isEqualTo("SUBMITTED");

    time.advanceTo(LocalDateTime.of(2026, 10, 8, 9, 0));
    assertThat(finishedOn(journey.application(holder, serial), "受理")).startsWith("2026-10-08");
  }

  @Test
  void submittedTheDayBeforeAnAdjustedWorkingDayIsAcceptedThatSaturday() throws Exception { // LL-6, SH-4 调休
    Holder holder = holders.create("A");
    time.setTo(LocalDateTime.of(2026, 10, 9, 11, 0));
    String serial = journey.submitWindow(holder);

    time.advanceTo(LocalDateTime.of(2026, 10, 9, 23, 59));
    assertThat(journey.statusOf(holder, serial)).isEqualTo("SUBMITTED");

    time.advanceTo(LocalDateTime.of(2026, 10, 10, 9, 0));
    assertThat(finishedOn(journey.application(holder, serial), "受理")).startsWith("2026-10-10");
  }

  @Test
  void submittedOnNewYearsEve2026IsAcceptedOnMonday4January2027() throws Exception { // SH-4 provisional 2027, LL-6
    Holder holder = holders.create("A");
    time.setTo(LocalDateTime.of(2026, 12, 31, 15, 0));
    String serial = journey.submitWindow(holder);

    time.advanceTo(LocalDateTime.of(2027, 1, 3, 23, 59)); // Fri 1 January is New Year's Day, not a working day
    assertThat(journey.statusOf(holder, serial)).isEqualTo("SUBMITTED");

    time.advanceTo(LocalDateTime.of(2027, 1, 4, 9, 0));
    assertThat(finishedOn(journey.application(holder, serial), "受理")).startsWith("2027-01-04T09:00");
  }

  @Test
  void licenceSeizedAfterSubmissionIsRefusedAtAcceptance() throws Exception { // LL-3, SH-6
    Holder holder = holders.create("A");
    time.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
    String serial = journey.submitPostal(holder);
    holders.setStates(holder, "D");

    time.advanceTo(LocalDateTime.of(2026, 11, 23, 9, 0));

    JsonNode application = journey.application(holder, serial);
    assertThat(application.at("/application/status").asText()).isEqualTo("REJECTED");
    assertThat(application.at("/application/reason").asText()).contains("暂扣");
    assertThat(steps(application)).contains("不予受理").doesNotContain("受理", "制证");
    assertThat(replacedBy(holder)).as("LL-7: the original stays valid").isNull();
    assertThat(journey.inbox(holder).toString()).contains("未予受理").contains("暂扣");
  }

  @Test
  void citizenBlacklistedAfterSubmissionIsRefusedAtAcceptance() throws Exception { // SH-5
    Holder holder = holders.create("A");
    time.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
    String serial = journey.submitWindow(holder);
    blacklist.add(holder.idNumber(), BlacklistKind.LICENCE_AND_VEHICLE_SERVICES, "逾期未领取驾驶证", "OTHER-"
        + holder.citizenId());

    time.advanceTo(LocalDateTime.of(2026, 11, 23, 9, 0));

    JsonNode application = journey.application(holder, serial);
    assertThat(application.at("/application/status").asText()).isEqualTo("REJECTED");
    assertThat(application.at("/application/reason").asText()).contains("互联网黑名单");
  }

  @Test
  void anAcceptanceRunTwiceVoidsOnceAndTextsOnce() throws Exception { // jobs run at least once
    Holder holder = holders.create("A");
    time.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
    String serial = journey.submitWindow(holder);
    time.advanceTo(LocalDateTime.of(2026, 11, 23, 9, 0));

    fulfilment.accept(serial);
    fulfilment.readyForPickup(serial);

    assertThat(jdbc.sql("SELECT COUNT(*) FROM sms_outbox WHERE idempotency_key LIKE :serial")
        .param("serial", serial + ":%").query(Integer.class).single()).isEqualTo(2);
    assertThat(replacedBy(holder)).isEqualTo(serial);
  }

  private String replacedBy(Holder holder) {
    return jdbc.sql("SELECT replaced_by_serial FROM driver_licence WHERE licence_number = :number")
        .param("number", holder.licenceNumber()).query(String.class).optional().orElse(null);
  }

  private static List<String> steps(JsonNode application) {
    List<String> names = new ArrayList<>();
    application.get("steps").forEach(s -> names.add(s.get("step").asText()));
    return names;
  }

  private static String finishedOn(JsonNode application, String step) {
    for (JsonNode s : application.get("steps")) {
      if (step.equals(s.get("step").asText())) {
        return s.get("finishedAt").asText();
      }
    }
    throw new AssertionError("no step " + step + " in " + application);
  }
}
