package cn.trafficpolice.eservices.licenceloss;

import static cn.trafficpolice.eservices.licenceloss.LicenceLossJourney.CONFIRM;
import static cn.trafficpolice.eservices.licenceloss.LicenceLossJourney.ZHANJIANG_SITE;
import static cn.trafficpolice.eservices.licenceloss.LicenceLossJourney.postal;
import static cn.trafficpolice.eservices.licenceloss.LicenceLossJourney.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** LL-5: the confirmation step answers the whole application before the SMS code, and the code binds to it. */
@RestIntegrationTest
class LicenceLossConfirmationIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PasswordEncoder passwords;

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
  void postalConfirmationShowsLicenceAddressAndFeeBeforeAnyCode() throws Exception { // LL-5, LL-4
    Holder holder = holders.create("A");
    String token = journey.login(holder);
    long address = journey.addAddress(token);

    citizen.post(token, CONFIRM, draft(postal(address, null))).andExpect(status().isOk())
        .andExpect(jsonPath("$.smsReference").value(startsWith("LL-")))
        .andExpect(jsonPath("$.licence.licenceNumber").value(containsString("*")))
        .andExpect(jsonPath("$.licence.holderName").isNotEmpty())
        .andExpect(jsonPath("$.deliveryMethodName").value("邮政寄递"))
        .andExpect(jsonPath("$.postal.address").value(containsString("海滨大道北30号")))
        .andExpect(jsonPath("$.postal.phone").value(containsString("*")))
        .andExpect(jsonPath("$.pickupSite").doesNotExist())
        .andExpect(jsonPath("$.feeNote").value(containsString("邮政人员")))
        .andExpect(jsonPath("$.afterSubmission").value(containsString("不能退办")));

    assertThat(journey.inbox(holder).size()).as("no SMS code before it is asked for").isZero();
    assertNothingRecorded(holder);
  }

  @Test
  void windowConfirmationShowsThePickupSite() throws Exception { // LL-5, LL-4
    String token = journey.login(holders.create("A"));

    citizen.post(token, CONFIRM, draft(window(ZHANJIANG_SITE, null))).andExpect(status().isOk())
        .andExpect(jsonPath("$.deliveryMethodName").value("窗口自取"))
        .andExpect(jsonPath("$.pickupSite.id").value(ZHANJIANG_SITE))
        .andExpect(jsonPath("$.pickupSite.address").isNotEmpty())
        .andExpect(jsonPath("$.postal").doesNotExist());
  }

  @Test
  void theConfirmationRefusesWhatTheSubmissionWouldRefuse() throws Exception { // LL-5, LL-3, LL-4, SH-2
    Holder seized = holders.create("D");
    citizen.post(journey.login(seized), CONFIRM, draft(window(ZHANJIANG_SITE, null)))
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("LICENCE_STATE_BLOCKS"));

    Holder holder = holders.create("A");
    String token = journey.login(holder);
    citizen.post(token, CONFIRM, draft(window("JN-CGS", null))).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("PICKUP_SITE_NOT_AVAILABLE"));
    Map<String, Object> notAgreed = draft(window(ZHANJIANG_SITE, null));
    notAgreed.put("noticeAgreed", false);
    citizen.post(token, CONFIRM, notAgreed).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("NOTICE_NOT_AGREED"));

    journey.submitWindow(holder);
    citizen.post(journey.login(holder), CONFIRM, draft(window(ZHANJIANG_SITE, null)))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("APPLICATION_UNDER_WAY"));
  }

  @Test
  void aCodeForOneConfirmationDoesNotSubmitAnotherApplication() throws Exception { // LL-5, SH-3
    Holder holder = holders.create("A");
    String token = journey.login(holder);
    long address = journey.addAddress(token);
    String code = journey.confirmedCode(token, holder, window(ZHANJIANG_SITE, null));

    journey.submit(token, postal(address, code)).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("SMS_CODE_INVALID"));
    time.setTo(time.now().plusMinutes(2)); // SH-3: one code per minute
    journey.submit(token, window(ZHANJIANG_SITE, journey.code(token, holder)))
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("SMS_CODE_INVALID"));
    assertNothingRecorded(holder);

    time.setTo(time.now().plusMinutes(2));
    String confirmed = journey.confirmedCode(token, holder, window(ZHANJIANG_SITE, null));
    journey.submit(token, window(ZHANJIANG_SITE, confirmed)).andExpect(status().isCreated());
  }

  private static Map<String, Object> draft(Map<String, Object> application) {
    Map<String, Object> draft = new LinkedHashMap<>(application);
    draft.remove("smsCode");
    return draft;
  }

  private void assertNothingRecorded(Holder holder) {
    assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE citizen_id = :id").param("id", holder.citizenId())
        .query(Integer.class).single()).isZero();
  }
}
