package cn.trafficpolice.eservices.filing;

import static cn.trafficpolice.eservices.filing.FilingDriver.GA1234_VIN;
import static cn.trafficpolice.eservices.filing.FilingDriver.GD12345_VIN;
import static cn.trafficpolice.eservices.filing.FilingDriver.K12345_VIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** NF-2: limits per filer and per vehicle, vehicle kinds, one's own vehicle. */
@RestIntegrationTest
class FilingLimitsIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
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

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void aFourthFilingOfOneCitizenIsRefused() throws Exception { // NF-2
    String filer = citizen.login(DemoCitizens.ZHANG_WEI);
    String xuMing = citizen.login(DemoCitizens.XU_MING);
    filing.filed(filer, xuMing, GA1234_VIN, "pass");
    filing.filed(filer, xuMing, GD12345_VIN, "fail");
    filing.filed(filer, citizen.login(DemoCitizens.WANG_QIANG), K12345_VIN, "pass");
    filing.runFilingJobs();

    filing.sendOwnerCode(filer, "02", "粤K8B888", "778899").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("FILING_LIMIT_REACHED"));
    filing.sendOwnerCode(filer, "52", "鲁AF12345", "112233")
        .andExpect(jsonPath("$.code").value("FILING_LIMIT_REACHED"));
  }

  @Test
  void aFourthFilerOfOneVehicleIsRefused() throws Exception { // NF-2
    String owner = citizen.login(DemoCitizens.XU_MING);
    for (String phone : new String[] {DemoCitizens.ZHANG_WEI, DemoCitizens.LI_NA, DemoCitizens.WU_DAN}) {
      filing.fileByQrCode(citizen.login(phone), filing.scanQrCode(owner, GA1234_VIN), "pass")
          .andExpect(status().isCreated());
    }

    filing.fileByQrCode(citizen.login(DemoCitizens.HUANG_MIN), filing.scanQrCode(owner, GA1234_VIN), "pass")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("VEHICLE_FILERS_LIMIT_REACHED"));
    assertThat(filing.activeFilingsOf(GA1234_VIN)).isEqualTo(3);
  }

  @Test
  void anUnboundOrRejectedFilingFreesItsPlace() throws Exception { // NF-2 NF-5
    String owner = citizen.login(DemoCitizens.XU_MING);
    long first = citizen.read(filing.fileByQrCode(citizen.login(DemoCitizens.ZHANG_WEI),
        filing.scanQrCode(owner, GA1234_VIN), "pass")).get("filingId").asLong();
    filing.fileByQrCode(citizen.login(DemoCitizens.LI_NA), filing.scanQrCode(owner, GA1234_VIN), "pass")
        .andExpect(status().isCreated());
    filing.fileByQrCode(citizen.login(DemoCitizens.WU_DAN), filing.scanQrCode(owner, GA1234_VIN), "pass")
        .andExpect(status().isCreated());
    filing.runFilingJobs();

    citizen.post(owner, FilingDriver.BASE + "/owned-vehicles/filings/" + first + "/unbind", "")
        .andExpect(status().isOk());

    filing.fileByQrCode(citizen.login(DemoCitizens.HUANG_MIN), filing.scanQrCode(owner, GA1234_VIN), "pass")
        .andExpect(status().isCreated());
  }

  @Test
  void aCommercialVehicleCannotBeFiled() throws Exception { // NF-2
    String filer = citizen.login(DemoCitizens.ZHANG_WEI);
    filing.sendOwnerCode(filer, "02", "粤G5X678", "900112").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("VEHICLE_NOT_ELIGIBLE"));
    citizen.get(citizen.login(DemoCitizens.XU_MING),
            FilingDriver.BASE + "/owned-vehicles/" + FilingDriver.G5X678_VIN + "/qr-code")
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("VEHICLE_NOT_ELIGIBLE"));
  }

  @Test
  void onesOwnVehicleCannotBeFiled() throws Exception { // NF-2
    String owner = citizen.login(DemoCitizens.XU_MING);
    filing.fileByQrCode(owner, filing.scanQrCode(owner, GA1234_VIN), "pass")
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("OWN_VEHICLE"));
    filing.sendOwnerCode(owner, "52", "粤GD12345", "654321").andExpect(jsonPath("$.code").value("OWN_VEHICLE"));
  }

  @Test
  void anOrganisationsSmallNewEnergyCarCanBeFiled() throws Exception { // NF-2
    String filer = citizen.login(DemoCitizens.LI_NA);
    filing.sendOwnerCode(filer, "52", "鲁AF12345", "112233").andExpect(status().isAccepted());
    String code = citizen.latestCode(filer, FilingDriver.ORGANISATION_PHONE);
    filing.fileBySmsCode(filer, "52", "鲁AF12345", "112233", code, "pass").andExpect(status().isCreated());
  }

  @Test
  void theSameVehicleIsFiledOnceByTheSameCitizen() throws Exception { // NF-2
    String owner = citizen.login(DemoCitizens.XU_MING);
    String filer = citizen.login(DemoCitizens.ZHANG_WEI);
    filing.fileByQrCode(filer, filing.scanQrCode(owner, GA1234_VIN), "pass").andExpect(status().isCreated());
    filing.fileByQrCode(filer, filing.scanQrCode(owner, GA1234_VIN), "pass").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("ALREADY_FILED"));
    assertThat(filing.activeFilingsOf(GA1234_VIN)).isEqualTo(1);
  }
}
