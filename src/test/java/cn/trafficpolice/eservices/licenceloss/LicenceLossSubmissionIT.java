package cn.trafficpolice.eservices.licenceloss;

import static cn.trafficpolice.eservices.licenceloss.LicenceLossJourney.ZHANJIANG_SITE;
import static cn.trafficpolice.eservices.licenceloss.LicenceLossJourney.postal;
import static cn.trafficpolice.eservices.licenceloss.LicenceLossJourney.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.blacklist.BlacklistKind;
import cn.trafficpolice.eservices.blacklist.BlacklistService;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Steps 1 to 6 of seed 000 on the REST front, and every refusal of a submission. */
@RestIntegrationTest
class LicenceLossSubmissionIT {

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
  RuntimeService runtime;

  LicenceHolders holders;
  LicenceLossJourney journey;

  @BeforeEach
  void setUp() {
    holders = new LicenceHolders(jdbc, passwords);
    journey = new LicenceLossJourney(citizen);
    time.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void noticeAndDeclarationAreShown() throws Exception { // LL-2
    String token = journey.login(holders.create("A"));
    citizen.get(token, "/api/v1/licence-loss/notice").andExpect(status().isOk())
        .andExpect(jsonPath("$.notice[1]").value("补领后，原机动车驾驶证作废，不得继续使用。"))
        .andExpect(jsonPath("$.declarationItems.length()").value(4));
  }

  @Test
  void licenceInformationIsMaskedAndNamesABlockingState() throws Exception { // LL-3, step 3
    Holder holder = holders.create("HD");
    citizen.get(journey.login(holder), "/api/v1/licence-loss/my-licence").andExpect(status().isOk())
        .andExpect(jsonPath("$.licenceNumber").value(holder.idNumber().substring(0, 4) + "**********"
            + holder.idNumber().substring(14)))
        .andExpect(jsonPath("$.holderName").value(holder.name()))
        .andExpect(jsonPath("$.licenceClass").value("C1"))
        .andExpect(jsonPath("$.blockedBy.code").value("D"))
        .andExpect(jsonPath("$.blockedBy.label").value("暂扣"));
  }

  @Test
  void pickupSitesOfACityShowWhereAndWhen() throws Exception { // LL-4
    citizen.get(journey.login(holders.create("A")), "/api/v1/licence-loss/pickup-sites?city=湛江市")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[0].openingHours").isNotEmpty())
        .andExpect(jsonPath("$[0].latitude").isNumber());
  }

  @Test
  void submissionAnswersTheSerialNumberAndShowsInMyApplications() throws Exception { // LL-5, SH-2
    Holder holder = holders.create("HM");
    String serial = journey.submitPostal(holder);

    assertThat(serial).startsWith("LL20261120");
    citizen.get(journey.login(holder), "/api/v1/applications").andExpect(status().isOk())
        .andExpect(jsonPath("$[0].serialNumber").value(serial))
        .andExpect(jsonPath("$[0].status").value("SUBMITTED"));
    assertThat(journey.application(holder, serial).at("/steps/0/step").asText()).isEqualTo("提交申请");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(serial).count()).isOne();
  }

  @Test
  void nonRealNameAccountIsRefused() throws Exception { // LL-1
    String token = citizen.login(DemoCitizens.ZHOU_JIE);
    citizen.get(token, "/api/v1/licence-loss/my-licence")
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("REAL_NAME_REQUIRED"));
    journey.submit(token, window(ZHANJIANG_SITE, "123456"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("REAL_NAME_REQUIRED"));
  }

  @Test
  void noticeDeclarationAndConfirmationMustAllBeGiven() throws Exception { // LL-2
    Holder holder = holders.create("A");
    String token = journey.login(holder);
    for (Map.Entry<String, String> missing : Map.of("noticeAgreed", "NOTICE_NOT_AGREED",
        "declarationConfirmed", "DECLARATION_NOT_CONFIRMED",
        "licenceInfoConfirmed", "LICENCE_INFO_NOT_CONFIRMED").entrySet()) {
      Map<String, Object> body = window(ZHANJIANG_SITE, "123456");
      body.put(missing.getKey(), false);
      journey.submit(token, body).andExpect(status().isUnprocessableEntity())
          .andExpect(jsonPath("$.code").value(missing.getValue()));
    }
    assertNothingRecorded(holder);
  }

  @ParameterizedTest
  @ValueSource(strings = {"D", "K", "U", "E", "F", "G", "HU"})
  void seizedDetainedWithheldRevokedOrCancelledLicenceIsRefused(String states) throws Exception { // LL-3
    Holder holder = holders.create(states);
    String token = journey.login(holder);
    journey.submit(token, window(ZHANJIANG_SITE, journey.code(token, holder)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("LICENCE_STATE_BLOCKS"))
        .andExpect(jsonPath("$.detail").value(containsString(
            "（" + states.substring(states.length() - 1) + "）")));
    assertNothingRecorded(holder);
  }

  @Test
  void blacklistedCitizenIsToldWhyAndUntilWhen() throws Exception { // SH-5
    Holder holder = holders.create("A");
    blacklist.add(holder.idNumber(), BlacklistKind.LICENCE_AND_VEHICLE_SERVICES, "拒绝签收邮寄的驾驶证", "LL-TEST-"
        + holder.citizenId());
    String token = journey.login(holder);
    journey.submit(token, window(ZHANJIANG_SITE, journey.code(token, holder)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("BLACKLISTED"))
        .andExpect(jsonPath("$.detail").value(containsString("2027-11-20")));
  }

  @Test
  void postalDeliveryNeedsAnAddressOfTheCitizensOwnBook() throws Exception { // LL-4
    Holder holder = holders.create("A");
    Holder other = holders.create("A");
    long othersAddress = journey.addAddress(journey.login(other));
    String token = journey.login(holder);
    String code = journey.code(token, holder);

    journey.submit(token, postal(null, code)).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("DELIVERY_ADDRESS_REQUIRED"));
    journey.submit(token, postal(othersAddress, code)).andExpect(status().isNotFound());
    assertNothingRecorded(holder);
  }

  @Test
  void windowPickupNeedsASiteOfTheLicencesOffice() throws Exception { // LL-4
    Holder holder = holders.create("A");
    String token = journey.login(holder);
    String code = journey.code(token, holder);

    journey.submit(token, window(null, code)).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("PICKUP_SITE_REQUIRED"));
    journey.submit(token, window("JN-CGS", code)).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("PICKUP_SITE_NOT_AVAILABLE"));
    journey.submit(token, window("NO-SUCH", code)).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("PICKUP_SITE_NOT_AVAILABLE"));
    assertNothingRecorded(holder);
  }

  @Test
  void wrongOrReusedSmsCodeIsRefused() throws Exception { // LL-5, SH-3
    Holder holder = holders.create("A");
    String token = journey.login(holder);
    String code = journey.confirmedCode(token, holder, window(ZHANJIANG_SITE, null));
    String wrong = code.equals("000000") ? "111111" : "000000";

    journey.submit(token, window(ZHANJIANG_SITE, wrong)).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("SMS_CODE_INVALID"));
    assertNothingRecorded(holder);

    journey.submit(token, window(ZHANJIANG_SITE, code)).andExpect(status().isCreated());
    jdbc.sql("UPDATE application SET open_subject = NULL, status = 'COMPLETED' WHERE subject = :licence")
        .param("licence", holder.licenceNumber()).update();
    journey.submit(token, window(ZHANJIANG_SITE, code)).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("SMS_CODE_INVALID"));
  }

  @Test
  void secondSubmissionWhileOneIsUnderWayIsAConflict() throws Exception { // SH-2: one open application per licence
    Holder holder = holders.create("A");
    journey.submitWindow(holder);
    time.setTo(time.now().plusMinutes(2));

    String token = journey.login(holder);
    journey.submit(token, window(ZHANJIANG_SITE, journey.code(token, holder)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("APPLICATION_UNDER_WAY"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM licence_loss_application WHERE citizen_id = :id")
        .param("id", holder.citizenId()).query(Integer.class).single()).isOne();
  }

  @Test
  void anotherCitizenCannotReadTheApplication() throws Exception { // SH-2, DESIGN: anything else answers 404
    Holder holder = holders.create("A");
    String serial = journey.submitWindow(holder);

    citizen.get(journey.login(holders.create("A")), "/api/v1/applications/" + serial)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NOT_FOUND"));
  }

  @Test
  void malformedSubmissionIsA400NotA500() throws Exception {
    Holder holder = holders.create("A");
    Map<String, Object> body = window(ZHANJIANG_SITE, "123456");
    body.put("deliveryMethod", "DRONE");
    journey.submit(journey.login(holder), body).andExpect(status().isBadRequest());
    body.remove("deliveryMethod");
    journey.submit(journey.login(holder), body).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
  }

  @Test
  void thereIsNoWithdrawal() throws Exception { // LL-8
    Holder holder = holders.create("A");
    String serial = journey.submitWindow(holder);
    String token = journey.login(holder);

    citizen.mvc().perform(MockMvcRequestBuilders.delete(LicenceLossJourney.SUBMIT + "/" + serial)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
        .andExpect(status().is4xxClientError());
    assertThat(journey.statusOf(holder, serial)).isEqualTo("SUBMITTED");
  }

  /** Bad input never leaves half-written data. */
  private void assertNothingRecorded(Holder holder) {
    assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE citizen_id = :id").param("id", holder.citizenId())
        .query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM licence_loss_application WHERE citizen_id = :id")
        .param("id", holder.citizenId()).query(Integer.class).single()).isZero();
  }
}
