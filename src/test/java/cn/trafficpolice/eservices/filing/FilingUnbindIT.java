package cn.trafficpolice.eservices.filing;

import static cn.trafficpolice.eservices.filing.FilingDriver.BASE;
import static cn.trafficpolice.eservices.filing.FilingDriver.GA1234_VIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** NF-5 unbinding by either side and the owner's list of filers; NF-6 with its default setting. */
@RestIntegrationTest
class FilingUnbindIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  FilerVehicles filerVehicles;

  FilingDriver filing;
  String owner;
  String filer;
  long filingId;

  @BeforeEach
  void approvedFiling() throws Exception {
    filing = new FilingDriver(citizen, jdbc, engine);
    filing.cleanUp();
    owner = citizen.login(DemoCitizens.XU_MING);
    filer = citizen.login(DemoCitizens.ZHANG_WEI);
    filingId = filing.filed(filer, owner, GA1234_VIN, "pass").get("filingId").asLong();
    filing.runFilingJobs();
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void theOwnerListsWhoFiledHisVehicles() throws Exception { // NF-5
    citizen.get(owner, BASE + "/owned-vehicles/filings").andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].plateNumber").value("粤GA1234"))
        .andExpect(jsonPath("$[0].filerName").value("张*"))
        .andExpect(jsonPath("$[0].filerPhone").value("138****0001"))
        .andExpect(jsonPath("$[0].status").value("APPROVED"));
    citizen.get(filer, BASE + "/owned-vehicles/filings").andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void theFilerUnbindsAtOnceWithoutReview() throws Exception { // NF-5
    citizen.post(filer, BASE + "/" + filingId + "/unbind", "").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UNBOUND"));

    assertThat(filing.filingStatus(filingId)).isEqualTo("UNBOUND");
    citizen.get(filer, BASE + "/filed-vehicles").andExpect(jsonPath("$.length()").value(0));
    citizen.get(owner, BASE + "/owned-vehicles/filings").andExpect(jsonPath("$.length()").value(0));
    assertThat(inbox(DemoCitizens.XU_MING)).contains("粤GA1234的非本人机动车备案已由备案人解除");
    citizen.post(filer, BASE + "/" + filingId + "/unbind", "").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("FILING_NOT_BOUND"));
  }

  @Test
  void theOwnerUnbindsAtOnceWithoutReview() throws Exception { // NF-5
    citizen.post(owner, BASE + "/owned-vehicles/filings/" + filingId + "/unbind", "").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UNBOUND"));

    assertThat(filing.filingStatus(filingId)).isEqualTo("UNBOUND");
    citizen.get(filer, BASE + "/filed-vehicles").andExpect(jsonPath("$.length()").value(0));
    citizen.get(filer, BASE + "/" + filingId).andExpect(jsonPath("$.statusName").value("已解除备案"));
    assertThat(inbox(DemoCitizens.ZHANG_WEI)).contains("粤GA1234的非本人机动车备案已由机动车所有人解除");
  }

  @Test
  void onlyTheOwnerOfTheVehicleCanUnbindOnHisSide() throws Exception { // NF-5, own data only
    String otherOwner = citizen.login(DemoCitizens.WANG_QIANG);
    citizen.post(otherOwner, BASE + "/owned-vehicles/filings/" + filingId + "/unbind", "")
        .andExpect(status().isNotFound());
    citizen.post(filer, BASE + "/owned-vehicles/filings/" + filingId + "/unbind", "")
        .andExpect(status().isNotFound());
    assertThat(filing.filingStatus(filingId)).isEqualTo("APPROVED");
  }

  @Test
  void violationsBeforeTheFilingAreNotTheFilersByDefault() throws Exception { // NF-6 (switch off)
    OffsetDateTime approvedAt = OffsetDateTime.parse(
        citizen.read(citizen.get(filer, BASE + "/" + filingId)).get("approvedAt").asText());
    long filer = citizen.read(citizen.get(this.filer, "/api/v1/me")).get("id").asLong();

    assertThat(filerVehicles.mayHandleViolation(filer, filingId, approvedAt.minusDays(1))).isFalse();
    assertThat(filerVehicles.mayHandleViolation(filer, filingId, approvedAt.plusMinutes(1))).isTrue();
    citizen.get(this.filer, BASE + "/" + filingId + "/violation-handling?committedAt="
            + approvedAt.minusDays(1).toInstant())
        .andExpect(status().isOk()).andExpect(jsonPath("$.allowed").value(false));
  }

  private String inbox(String phone) throws Exception {
    return citizen.read(citizen.get(filer, "/api/v1/demo/sms-inbox?phone=" + phone)).toString();
  }
}
