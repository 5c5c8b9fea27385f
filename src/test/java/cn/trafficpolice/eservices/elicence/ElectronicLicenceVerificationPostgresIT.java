package cn.trafficpolice.eservices.elicence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.ElectronicLicenceHolders;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import cn.trafficpolice.eservices.support.PostgresIntegrationTest;
import cn.trafficpolice.eservices.support.VerifierClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** EL-5 and EL-6 on PostgreSQL: the verification record, the holder's list and a repeated registry change. */
@PostgresIntegrationTest
class ElectronicLicenceVerificationPostgresIT {

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

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void aVerificationIsRecordedAndARepeatedChangeAppliesOnce() throws Exception { // EL-5 EL-6
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    ElectronicLicenceHolders holders =
        new ElectronicLicenceHolders(citizen, jdbc, new LicenceHolders(jdbc, passwords), time);
    Holder holder = holders.withELicence();
    new VerifierClient(mvc, json).verify(VerifierClient.RENTAL, holders.currentCode(holder))
        .andExpect(jsonPath("$.valid").value(true));
    String change = "{\"changeId\":\"R-" + UUID.randomUUID() + "\",\"accumulatedPoints\":2}";
    for (int i = 0; i < 2; i++) {
      mvc.perform(post("/api/v1/systems/licence-registry/licences/" + holder.licenceNumber() + "/changes")
              .with(httpBasic("licence-registry", "registry-demo"))
              .contentType(MediaType.APPLICATION_JSON).content(change))
          .andExpect(status().isNoContent());
    }

    JsonNode seen = citizen.read(citizen.get(citizen.login(holder.phone()), "/api/v1/e-licence/verifications"));
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).get("kind").asText()).isEqualTo("RENTAL");
    assertThat(jdbc.sql("SELECT accumulated_points FROM driver_licence WHERE licence_number = :n")
        .param("n", holder.licenceNumber()).query(Integer.class).single()).isEqualTo(2);
  }
}
