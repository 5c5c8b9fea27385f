package cn.trafficpolice.eservices.elicence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.ElectronicLicenceHolders;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.support.VerifierClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** EL-5: verifier organisations check the scanned code against live data; every attempt is recorded for the holder. */
@RestIntegrationTest
class ElectronicLicenceVerificationIT {

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
  void thePoliceSeeTheLiveDataWithTheLicenceNumberInFull() throws Exception { // EL-5
    Holder holder = holders.withELicence();
    String code = holders.currentCode(holder);
    jdbc.sql("UPDATE driver_licence SET accumulated_points = 6, states = 'AH' WHERE licence_number = :number")
        .param("number", holder.licenceNumber()).update();

    verifiers.verify(VerifierClient.POLICE, code).andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true)).andExpect(jsonPath("$.outcome").value("VALID"))
        .andExpect(jsonPath("$.holderName").value(holder.name()))
        .andExpect(jsonPath("$.licenceNumber").value(holder.licenceNumber()))
        .andExpect(jsonPath("$.accumulatedPoints").value(6))
        .andExpect(jsonPath("$.stateNames").value("正常、违法未处理"));
  }

  @Test
  void insurersAndRentalCompaniesSeeTheLicenceNumberMasked() throws Exception { // EL-5
    Holder holder = holders.withELicence();
    String code = holders.currentCode(holder);
    String masked = holder.licenceNumber().substring(0, 4) + "**********" + holder.licenceNumber().substring(14);

    verifiers.verify(VerifierClient.INSURER, code).andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.licenceNumber").value(masked));
    verifiers.verify(VerifierClient.RENTAL, code).andExpect(jsonPath("$.licenceNumber").value(masked));
  }

  @Test
  void theHolderSeesWhichOrganisationVerifiedWhenAndWithWhatResult() throws Exception { // EL-5
    Holder holder = holders.withELicence();
    String code = holders.currentCode(holder);
    verifiers.verify(VerifierClient.POLICE, code).andExpect(jsonPath("$.outcome").value("VALID"));
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 5));
    verifiers.verify(VerifierClient.RENTAL, code).andExpect(jsonPath("$.outcome").value("EXPIRED"));

    JsonNode seen = citizen.read(citizen.get(citizen.login(holder.phone()), "/api/v1/e-licence/verifications")
        .andExpect(status().isOk()));

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0).get("organisation").asText()).isEqualTo("湛江示范汽车租赁有限公司");
    assertThat(seen.get(0).get("kind").asText()).isEqualTo("RENTAL");
    assertThat(seen.get(0).get("kindName").asText()).isEqualTo("汽车租赁公司");
    assertThat(seen.get(0).get("outcome").asText()).isEqualTo("EXPIRED");
    assertThat(seen.get(0).get("verifiedAt").asText()).startsWith("2026-11-23T10:05");
    assertThat(seen.get(1).get("organisation").asText()).isEqualTo("湛江市公安局交通警察支队");
    assertThat(seen.get(1).get("outcomeName").asText()).isEqualTo("核验通过");
    assertThat(seen.get(1).get("verifiedAt").asText()).startsWith("2026-11-23T10:00");
  }

  @Test
  void aForgedCodeFailsAndIsRecordedAgainstTheVerifierOnly() throws Exception { // EL-5
    Holder holder = holders.withELicence();
    String[] parts = holders.currentCode(holder).split("\\.");
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
        "{\"sub\":\"EL2026000000000099\",\"iat\":1795400000}".getBytes()) + "." + parts[2];
    long before = attemptsOf("insurer-verifier");

    verifiers.verify(VerifierClient.INSURER, forged).andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false)).andExpect(jsonPath("$.outcome").value("INVALID_SIGNATURE"))
        .andExpect(jsonPath("$.holderName").doesNotExist());
    verifiers.verify(VerifierClient.INSURER, "not-a-code").andExpect(jsonPath("$.outcome").value("INVALID_SIGNATURE"));

    assertThat(attemptsOf("insurer-verifier")).isEqualTo(before + 2);
    citizen.get(citizen.login(holder.phone()), "/api/v1/e-licence/verifications")
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void aScreenshotOlderThanTheCodeValidityFails() throws Exception { // EL-5
    Holder holder = holders.withELicence();
    String code = holders.currentCode(holder);

    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 2, 59));
    verifiers.verify(VerifierClient.POLICE, code).andExpect(jsonPath("$.valid").value(true));
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 3, 1));
    verifiers.verify(VerifierClient.POLICE, code).andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.outcome").value("EXPIRED")).andExpect(jsonPath("$.holderName").doesNotExist());
  }

  @Test
  void aHolderSeesOnlyTheVerificationsOfTheirOwnLicence() throws Exception { // EL-5
    Holder a = holders.withELicence();
    Holder b = holders.withELicence();
    verifiers.verify(VerifierClient.POLICE, holders.currentCode(b)).andExpect(jsonPath("$.valid").value(true));

    citizen.get(citizen.login(a.phone()), "/api/v1/e-licence/verifications")
        .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    citizen.get(citizen.login(b.phone()), "/api/v1/e-licence/verifications")
        .andExpect(jsonPath("$.length()").value(1));
  }

  @Test
  void thePublicKeyIsOpenForOfflineChecks() throws Exception { // EL-5
    mvc.perform(MockMvcRequestBuilders.get("/api/v1/e-licence/verification-keys")).andExpect(status().isOk())
        .andExpect(jsonPath("$.keys[0].kty").value("EC")).andExpect(jsonPath("$.keys[0].d").doesNotExist());
  }

  private long attemptsOf(String username) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM elicence_verification v JOIN verifier_client c ON c.id = v.verifier_id
            WHERE c.username = :username AND v.citizen_id IS NULL AND v.outcome = 'INVALID_SIGNATURE'""")
        .param("username", username).query(Long.class).single();
  }
}
