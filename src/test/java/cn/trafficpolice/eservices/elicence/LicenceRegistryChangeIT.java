package cn.trafficpolice.eservices.elicence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.ElectronicLicenceHolders;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.support.VerifierClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** EL-6: the licence registry reports changes through its callback; the e-licence is voided or refreshed. */
@RestIntegrationTest
class LicenceRegistryChangeIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PasswordEncoder passwords;
  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;

  VerifierClient verifiers;
  ElectronicLicenceHolders holders;

  @BeforeEach
  void setUp() {
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    verifiers = new VerifierClient(mvc, json);
    holders = new ElectronicLicenceHolders(citizen, jdbc, new LicenceHolders(jdbc, passwords), time);
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void aChangeOfClassVoidsTheELicenceAndTheHolderMustApplyAgain() throws Exception { // EL-6
    Holder holder = holders.withELicence();
    String code = holders.currentCode(holder);

    report(holder, Map.of("changeId", changeId(), "licenceClass", "B2")).andExpect(status().isNoContent());

    assertThat(registryValue(holder, "licence_class")).isEqualTo("B2");
    verifiers.verify(VerifierClient.POLICE, code).andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.outcome").value("REVOKED"));
    String token = citizen.login(holder.phone());
    citizen.get(token, "/api/v1/e-licence").andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("ELICENCE_NOT_FOUND"));
    assertThat(inbox(holder)).contains("原电子驾驶证已失效，请重新申领");
    citizen.post(token, "/api/v1/e-licence/applications/with-retained-photo", Map.of("livenessToken", "pass"))
        .andExpect(status().isCreated());
    time.runDueJobs();
    citizen.get(token, "/api/v1/e-licence").andExpect(jsonPath("$.front.licenceClass").value("B2"));
  }

  @Test
  void aChangeOfValidityOrIssuingAuthorityVoidsItToo() throws Exception { // EL-6
    Holder renewed = holders.withELicence();
    Holder moved = holders.withELicence();

    report(renewed, Map.of("changeId", changeId(), "validUntil", "2036-01-15")).andExpect(status().isNoContent());
    report(moved, Map.of("changeId", changeId(), "issuingAuthority", "广东省茂名市公安局交通警察支队"))
        .andExpect(status().isNoContent());

    assertThat(elicenceStatus(renewed)).isEqualTo("INVALIDATED");
    assertThat(elicenceStatus(moved)).isEqualTo("INVALIDATED");
    assertThat(registryValue(moved, "issuing_authority")).isEqualTo("广东省茂名市公安局交通警察支队");
  }

  @Test
  void pointsAndStatesAreLiveDataAndTheHolderIsTold() throws Exception { // EL-6 EL-5
    Holder holder = holders.withELicence();

    report(holder, Map.of("changeId", changeId(), "accumulatedPoints", 6, "states", "AH"))
        .andExpect(status().isNoContent());

    assertThat(elicenceStatus(holder)).isEqualTo("ACTIVE");
    citizen.get(citizen.login(holder.phone()), "/api/v1/e-licence")
        .andExpect(jsonPath("$.front.accumulatedPoints").value(6))
        .andExpect(jsonPath("$.front.stateNames").value("正常、违法未处理"));
    verifiers.verify(VerifierClient.POLICE, holders.currentCode(holder)).andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.accumulatedPoints").value(6));
    assertThat(inbox(holder)).contains("您的驾驶证信息已更新：状态正常、违法未处理，累积记分6分");
  }

  @Test
  void aBlockingStateFailsVerificationWhileItLasts() throws Exception { // EL-6 EL-1
    Holder holder = holders.withELicence();

    report(holder, Map.of("changeId", changeId(), "states", "D")).andExpect(status().isNoContent());
    verifiers.verify(VerifierClient.POLICE, holders.currentCode(holder)).andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.outcome").value("LICENCE_NOT_IN_FORCE"))
        .andExpect(jsonPath("$.stateNames").value("暂扣"));
    assertThat(inbox(holder)).contains("当前状态下电子驾驶证核验不通过");

    report(holder, Map.of("changeId", changeId(), "states", "A")).andExpect(status().isNoContent());
    verifiers.verify(VerifierClient.POLICE, holders.currentCode(holder)).andExpect(jsonPath("$.valid").value(true));
    assertThat(elicenceStatus(holder)).isEqualTo("ACTIVE");
  }

  @Test
  void aRepeatedReportHasNoSecondEffect() throws Exception { // EL-6
    Holder holder = holders.withELicence();
    String first = changeId();

    report(holder, Map.of("changeId", first, "accumulatedPoints", 3)).andExpect(status().isNoContent());
    report(holder, Map.of("changeId", changeId(), "accumulatedPoints", 5)).andExpect(status().isNoContent());
    report(holder, Map.of("changeId", first, "accumulatedPoints", 3)).andExpect(status().isNoContent());

    assertThat(registryValue(holder, "accumulated_points")).isEqualTo("5");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sms_outbox WHERE idempotency_key = :key")
        .param("key", first + ":elicence-refreshed").query(Long.class).single()).isEqualTo(1);
    report(holder, Map.of("changeId", first, "accumulatedPoints", 9)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("REGISTRY_CHANGE_ID_REUSED"));
    assertThat(registryValue(holder, "accumulated_points")).isEqualTo("5");
  }

  @Test
  void badReportsAreRefusedAndChangeNothing() throws Exception { // EL-6
    Holder holder = holders.withELicence();

    report(holder, Map.of("changeId", changeId())).andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("REGISTRY_CHANGE_EMPTY"));
    report(holder, Map.of("changeId", changeId(), "licenceClass", "Z9")).andExpect(status().isBadRequest());
    report(holder, Map.of("changeId", changeId(), "states", "AX")).andExpect(status().isBadRequest());
    report(holder, Map.of("changeId", changeId(), "accumulatedPoints", -1)).andExpect(status().isBadRequest());
    report(holder, Map.of("changeId", changeId(), "validUntil", "2036-13-45")).andExpect(status().isBadRequest());
    report(holder, Map.of("licenceClass", "B2")).andExpect(status().isBadRequest());
    mvc.perform(post(path("440802999999999999")).with(httpBasic("licence-registry", "registry-demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"changeId\":\"U-1\",\"licenceClass\":\"B2\"}"))
        .andExpect(status().isNotFound());

    assertThat(registryValue(holder, "licence_class")).isEqualTo("C1");
    assertThat(elicenceStatus(holder)).isEqualTo("ACTIVE");
  }

  @Test
  void onlyTheLicenceRegistryReportsChanges() throws Exception { // EL-6
    Holder holder = holders.withELicence();
    String body = "{\"changeId\":\"" + changeId() + "\",\"licenceClass\":\"A1\"}";

    mvc.perform(post(path(holder.licenceNumber())).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized());
    mvc.perform(post(path(holder.licenceNumber())).with(httpBasic("postal-service", "postal-demo"))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    citizen.post(citizen.login(holder.phone()), path(holder.licenceNumber()), json.readTree(body))
        .andExpect(status().isUnauthorized());

    assertThat(registryValue(holder, "licence_class")).isEqualTo("C1");
  }

  private ResultActions report(Holder holder, Map<String, Object> change) throws Exception {
    return mvc.perform(post(path(holder.licenceNumber())).with(httpBasic("licence-registry", "registry-demo"))
        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(change)));
  }

  private static String path(String licenceNumber) {
    return "/api/v1/systems/licence-registry/licences/" + licenceNumber + "/changes";
  }

  private static String changeId() {
    return "R-" + UUID.randomUUID();
  }

  private String registryValue(Holder holder, String column) {
    return jdbc.sql("SELECT CAST(" + column + " AS VARCHAR(100)) FROM driver_licence WHERE licence_number = :n")
        .param("n", holder.licenceNumber()).query(String.class).single();
  }

  private String elicenceStatus(Holder holder) {
    return jdbc.sql("SELECT status FROM electronic_licence WHERE licence_number = :n ORDER BY id DESC")
        .param("n", holder.licenceNumber()).query(String.class).list().get(0);
  }

  private String inbox(Holder holder) throws Exception {
    return citizen.read(citizen.get(citizen.login(holder.phone()), "/api/v1/demo/sms-inbox?phone=" + holder.phone()))
        .toString();
  }
}
