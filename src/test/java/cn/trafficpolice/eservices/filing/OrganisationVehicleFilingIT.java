package cn.trafficpolice.eservices.filing;

import static cn.trafficpolice.eservices.filing.FilingDriver.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * NF-2: a vehicle owned by an organisation may be filed by others. The organisation's agent (demo: 黄敏 for
 * 济南顺达科技有限公司) does the owner's side — the QR code, the list of filers, unbinding — and the owner's SMS
 * go to the phone registered with the vehicle.
 */
@RestIntegrationTest
class OrganisationVehicleFilingIT {

  /** The organisation's 鲁AF12345, a non-commercial small new-energy car. */
  static final String ORGANISATION_VIN = "LGXCE4CBXN0000004";

  @Autowired
  CitizenClient citizen;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;

  FilingDriver filing;
  String agent;
  String filer;

  @BeforeEach
  void loggedIn() throws Exception {
    filing = new FilingDriver(citizen, jdbc, engine);
    filing.cleanUp();
    agent = citizen.login(DemoCitizens.HUANG_MIN);
    filer = citizen.login(DemoCitizens.LI_NA);
  }

  @AfterEach
  void cleanUp() {
    filing.cleanUp();
  }

  @Test
  void theAgentSeesTheOrganisationsVehiclesAmongHisOwn() throws Exception { // NF-2
    citizen.get(agent, BASE + "/owned-vehicles").andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].plateNumber").value("鲁AF12345"))
        .andExpect(jsonPath("$[0].ownerName").value("济南顺达科技有限公司"))
        .andExpect(jsonPath("$[0].fileable").value(true));
  }

  @Test
  void someoneFilesTheOrganisationsCarByTheAgentsQrCodeAndTheAgentUnbindsIt() throws Exception { // NF-2 NF-1 NF-5
    long filingId = filing.filed(filer, agent, ORGANISATION_VIN, "pass").get("filingId").asLong();
    filing.runFilingJobs();
    assertThat(filing.filingStatus(filingId)).isEqualTo("APPROVED");
    assertThat(inbox(FilingDriver.ORGANISATION_PHONE)).contains("您的机动车鲁AF12345已由");

    citizen.get(agent, BASE + "/owned-vehicles/filings").andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].plateNumber").value("鲁AF12345"))
        .andExpect(jsonPath("$[0].filerName").value("李*"));
    citizen.post(agent, BASE + "/owned-vehicles/filings/" + filingId + "/unbind", "").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UNBOUND"));
    assertThat(inbox(DemoCitizens.LI_NA)).contains("鲁AF12345的非本人机动车备案已由机动车所有人解除");
  }

  @Test
  void aCitizenWhoIsNoAgentHasNoQrCodeForTheOrganisationsCar() throws Exception { // NF-2
    String liuFang = citizen.login(DemoCitizens.LIU_FANG);
    citizen.get(liuFang, BASE + "/owned-vehicles/" + ORGANISATION_VIN + "/qr-code")
        .andExpect(status().isNotFound());
    citizen.get(liuFang, BASE + "/owned-vehicles").andExpect(jsonPath("$.length()").value(0));
  }

  private String inbox(String phone) throws Exception {
    return citizen.read(citizen.get(filer, "/api/v1/demo/sms-inbox?phone=" + phone)).toString();
  }
}
