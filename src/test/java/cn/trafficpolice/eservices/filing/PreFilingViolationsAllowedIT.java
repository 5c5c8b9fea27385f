package cn.trafficpolice.eservices.filing;

import static cn.trafficpolice.eservices.filing.FilingDriver.BASE;
import static cn.trafficpolice.eservices.filing.FilingDriver.GA1234_VIN;
import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** NF-6 with the temporary relaxation switched on. */
@RestIntegrationTest
@TestPropertySource(properties = "eservices.filing.allow-pre-filing-violations=true")
class PreFilingViolationsAllowedIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  FilerVehicles filerVehicles;

  @Test
  void withTheRelaxationTheFilerMayHandleViolationsFromBeforeTheFiling() throws Exception { // NF-6 (switch on)
    FilingDriver filing = new FilingDriver(citizen, jdbc, engine);
    filing.cleanUp();
    String filerToken = citizen.login(DemoCitizens.ZHANG_WEI);
    long filingId = filing.filed(filerToken, citizen.login(DemoCitizens.XU_MING), GA1234_VIN, "pass")
        .get("filingId").asLong();
    long filer = citizen.read(citizen.get(filerToken, "/api/v1/me")).get("id").asLong();
    OffsetDateTime beforeFiling = OffsetDateTime.now().minusDays(30);

    assertThat(filerVehicles.mayHandleViolation(filer, filingId, beforeFiling)).isFalse();
    filing.runFilingJobs();
    assertThat(filerVehicles.mayHandleViolation(filer, filingId, beforeFiling)).isTrue();
    assertThat(citizen.read(citizen.get(filerToken, BASE + "/" + filingId)).get("status").asText())
        .isEqualTo("APPROVED");
  }
}
