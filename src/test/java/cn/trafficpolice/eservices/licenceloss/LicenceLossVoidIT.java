package cn.trafficpolice.eservices.licenceloss;

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
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** LL-7: once the replacement is accepted, the original licence is void wherever it is looked up or verified. */
@RestIntegrationTest
class LicenceLossVoidIT {

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

  ElectronicLicenceHolders holders;
  LicenceLossJourney journey;

  @BeforeEach
  void setUp() {
    holders = new ElectronicLicenceHolders(citizen, jdbc, new LicenceHolders(jdbc, passwords), time);
    journey = new LicenceLossJourney(citizen);
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void anAcceptedReplacementVoidsTheOriginalAndItsELicence() throws Exception { // LL-7
    time.setTo(LocalDateTime.of(2026, 11, 20, 16, 0));
    Holder holder = holders.withELicence();
    String oldCode = holders.currentCode(holder);
    String serial = journey.submitPostal(holder);
    citizen.get(journey.login(holder), "/api/v1/licence-loss/my-licence")
        .andExpect(jsonPath("$.document.status").value("IN_FORCE"));

    time.advanceTo(LocalDateTime.of(2026, 11, 23, 9, 0));

    String token = journey.login(holder);
    citizen.get(token, "/api/v1/licence-loss/my-licence").andExpect(status().isOk())
        .andExpect(jsonPath("$.document.status").value("VOID"))
        .andExpect(jsonPath("$.document.statusName").value("原证作废，以补领的新证为准"))
        .andExpect(jsonPath("$.document.replacedBySerial").value(serial));
    citizen.get(token, "/api/v1/e-licence").andExpect(status().isNotFound());
    new VerifierClient(mvc, json).verify(VerifierClient.POLICE, oldCode)
        .andExpect(jsonPath("$.valid").value(false)).andExpect(jsonPath("$.outcome").value("LICENCE_VOID"))
        .andExpect(jsonPath("$.holderName").doesNotExist());
    citizen.get(token, "/api/v1/e-licence/verifications")
        .andExpect(jsonPath("$[0].outcome").value("LICENCE_VOID"))
        .andExpect(jsonPath("$[0].outcomeName").value("原驾驶证已作废"));
    assertThat(journey.inbox(holder).toString()).contains("原驾驶证及其电子驾驶证已作废");
  }

  @Test
  void aRefusedApplicationLeavesTheLicenceAndItsELicenceInForce() throws Exception { // LL-7 LL-3
    time.setTo(LocalDateTime.of(2026, 11, 20, 16, 0));
    Holder holder = holders.withELicence();
    journey.submitPostal(holder);
    jdbc.sql("UPDATE driver_licence SET states = 'D' WHERE licence_number = :n")
        .param("n", holder.licenceNumber()).update();

    time.advanceTo(LocalDateTime.of(2026, 11, 23, 9, 0));

    citizen.get(journey.login(holder), "/api/v1/licence-loss/my-licence")
        .andExpect(jsonPath("$.document.status").value("IN_FORCE"));
    assertThat(jdbc.sql("SELECT status FROM electronic_licence WHERE licence_number = :n")
        .param("n", holder.licenceNumber()).query(String.class).single()).isEqualTo("ACTIVE");
  }
}
