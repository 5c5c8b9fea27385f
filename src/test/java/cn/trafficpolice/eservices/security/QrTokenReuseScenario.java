package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.filing.FilingDriver;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.Concurrently;
import cn.trafficpolice.eservices.support.DemoCitizens;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/**
 * NF-1 attack: one QR token shown once, used by a second filer (a screenshot passed on) or by two filers at the
 * same instant. Run on H2 by {@link QrTokenReuseIT} and on PostgreSQL by {@link QrTokenReusePostgresIT}.
 */
abstract class QrTokenReuseScenario {

  @Autowired
  CitizenClient citizen;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;

  FilingDriver filing;

  @BeforeEach
  void cleanUp() {
    filing = new FilingDriver(citizen, jdbc, engine);
    filing.cleanUp();
  }

  @Test
  void aQrTokenUsedOnceIsRefusedToTheNextFiler() throws Exception {
    String qr = filing.scanQrCode(citizen.login(DemoCitizens.XU_MING), FilingDriver.GA1234_VIN);

    filing.fileByQrCode(citizen.login(DemoCitizens.ZHANG_WEI), qr, "pass").andExpect(status().isCreated());
    filing.fileByQrCode(citizen.login(DemoCitizens.LI_NA), qr, "pass").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("QR_TOKEN_USED"));

    assertThat(filing.activeFilingsOf(FilingDriver.GA1234_VIN)).isEqualTo(1);
  }

  @Test
  void twoFilersUsingOneQrTokenAtOnceGetOneFiling() throws Exception {
    String qr = filing.scanQrCode(citizen.login(DemoCitizens.XU_MING), FilingDriver.GA1234_VIN);
    List<String> filers = List.of(citizen.login(DemoCitizens.ZHANG_WEI), citizen.login(DemoCitizens.LI_NA));
    AtomicInteger next = new AtomicInteger();

    List<Object> outcomes = Concurrently.run(2, () -> {
      ResultActions answer = filing.fileByQrCode(filers.get(next.getAndIncrement()), qr, "pass");
      return answer.andReturn().getResponse().getStatus() + " " + citizen.read(answer).path("code").asText();
    });

    assertThat(outcomes).containsExactlyInAnyOrder("201 ", "409 QR_TOKEN_USED");
    assertThat(filing.activeFilingsOf(FilingDriver.GA1234_VIN)).isEqualTo(1);
  }

  @Test
  void aFilingRefusedForAnotherReasonLeavesTheTokenUsable() throws Exception {
    String owner = citizen.login(DemoCitizens.XU_MING);
    String qr = filing.scanQrCode(owner, FilingDriver.GA1234_VIN);

    filing.fileByQrCode(owner, qr, "pass").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("OWN_VEHICLE"));
    filing.fileByQrCode(citizen.login(DemoCitizens.ZHANG_WEI), qr, "pass").andExpect(status().isCreated());
  }
}
