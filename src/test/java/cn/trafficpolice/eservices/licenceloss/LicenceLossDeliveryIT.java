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
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Postal delivery and its callback from the postal service (LL-4, LL-9). */
@RestIntegrationTest
class LicenceLossDeliveryIT {

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
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void deliveredParcelCompletesTheApplication() throws Exception { // LL-4 postal, SH-6
    Holder holder = holders.create("A");
    String tracking = postedParcelOf(holder);
    String serial = serialOf(tracking);
    assertThat(tracking).matches("EA\\d{9}CN");
    assertThat(journey.inbox(holder).toString()).contains("邮件号" + tracking);

    time.advanceTo(LocalDateTime.of(2026, 11, 25, 15, 0));
    report(tracking, "DELIVERED", "postal-service", "postal-demo").andExpect(status().isNoContent());
    time.runDueJobs();

    JsonNode application = journey.application(holder, serial);
    assertThat(application.at("/application/status").asText()).isEqualTo("COMPLETED");
    assertThat(application.at("/application/result").asText()).isEqualTo("已签收");
    assertThat(application.get("steps").toString()).contains("邮寄", "已签收");
    assertThat(journey.inbox(holder).toString()).contains("已签收，业务办结");
    report(tracking, "DELIVERED", "postal-service", "postal-demo").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("PARCEL_OUTCOME_NOT_EXPECTED"));
  }

  @Test
  void refusedParcelBlacklistsTheCitizenForAYear() throws Exception { // LL-9, SH-5, SH-6
    Holder holder = holders.create("A");
    String tracking = postedParcelOf(holder);
    String serial = serialOf(tracking);

    time.advanceTo(LocalDateTime.of(2026, 11, 25, 15, 0));
    report(tracking, "REFUSED", "postal-service", "postal-demo").andExpect(status().isNoContent());
    time.runDueJobs();

    JsonNode application = journey.application(holder, serial);
    assertThat(application.at("/application/status").asText()).isEqualTo("COMPLETED");
    assertThat(application.at("/application/result").asText()).contains("互联网黑名单");
    String token = journey.login(holder);
    citizen.get(token, "/api/v1/me/blacklist").andExpect(status().isOk())
        .andExpect(jsonPath("$[0].kind").value("LICENCE_AND_VEHICLE_SERVICES"))
        .andExpect(jsonPath("$[0].endsOn").value("2027-11-25"));
    assertThat(journey.inbox(holder).toString()).contains("已被列入互联网黑名单");
    time.setTo(LocalDateTime.of(2026, 11, 26, 10, 0));
    token = journey.login(holder);
    journey.submit(token, LicenceLossJourney.window(LicenceLossJourney.ZHANJIANG_SITE, journey.code(token, holder)))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("BLACKLISTED"));
  }

  @Test
  void onlyThePostalServiceMayReport() throws Exception { // the callback is for that system, not for citizens
    Holder holder = holders.create("A");
    String tracking = postedParcelOf(holder);
    String path = callback(tracking);

    citizen.mvc().perform(json(MockMvcRequestBuilders.post(path), "DELIVERED"))
        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    report(tracking, "DELIVERED", "postal-service", "wrong-password").andExpect(status().isUnauthorized());
    report(tracking, "DELIVERED", "vehicle-office", "office-demo").andExpect(status().isForbidden());
    citizen.mvc().perform(json(MockMvcRequestBuilders.post(path), "DELIVERED")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + journey.login(holder)))
        .andExpect(status().isUnauthorized());
    assertThat(journey.statusOf(holder, serialOf(tracking))).isEqualTo("IN_PROGRESS");
  }

  @Test
  void unknownParcelOrBadOutcomeIsRefused() throws Exception {
    report("EA999999999CN", "DELIVERED", "postal-service", "postal-demo").andExpect(status().isNotFound());
    report("EA999999999CN", "LOST", "postal-service", "postal-demo").andExpect(status().isBadRequest());
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

  private ResultActions report(String tracking, String outcome, String user, String password) throws Exception {
    return citizen.mvc().perform(json(MockMvcRequestBuilders.post(callback(tracking)), outcome)
        .with(httpBasic(user, password)));
  }

  private static String callback(String tracking) {
    return "/api/v1/systems/postal/licence-loss/parcels/" + tracking + "/outcome";
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String outcome) {
    return request.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\"}");
  }
}
