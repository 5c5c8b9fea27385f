package cn.trafficpolice.eservices.filing;

import static cn.trafficpolice.eservices.filing.FilingDriver.BASE;
import static cn.trafficpolice.eservices.filing.FilingDriver.GA1234_VIN;
import static cn.trafficpolice.eservices.filing.FilingDriver.LIN_HUI_PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** NF-1, NF-3 (automatic path), NF-4: both ways of filing, end to end through the REST front. */
@RestIntegrationTest
class VehicleFilingIT {

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
  void qrCodeFilingWithPassedRealPersonAuthenticationIsApprovedAutomatically() throws Exception { // NF-1 NF-3 NF-4
    String owner = citizen.login(DemoCitizens.XU_MING);
    String filer = citizen.login(DemoCitizens.ZHANG_WEI);
    citizen.get(owner, BASE + "/owned-vehicles").andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.plateNumber == '粤GA1234')].fileable").value(true))
        .andExpect(jsonPath("$[?(@.plateNumber == '粤G5X678')].fileable").value(false));

    JsonNode submitted = filing.filed(filer, owner, GA1234_VIN, "pass");
    assertThat(submitted.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(submitted.get("photoRequired").asBoolean()).isFalse();
    long filingId = submitted.get("filingId").asLong();
    String serial = submitted.get("serialNumber").asText();
    citizen.get(filer, BASE + "/filed-vehicles").andExpect(jsonPath("$.length()").value(0));

    assertThat(filing.runFilingJobs()).isEqualTo(1);

    assertThat(filing.filingStatus(filingId)).isEqualTo("APPROVED");
    citizen.get(filer, BASE + "/filed-vehicles").andExpect(status().isOk())
        .andExpect(jsonPath("$[0].plateNumber").value("粤GA1234"))
        .andExpect(jsonPath("$[0].ownerName").value("徐*"))
        .andExpect(jsonPath("$[0].relationName").value("朋友"));
    citizen.get(filer, "/api/v1/applications/" + serial).andExpect(status().isOk())
        .andExpect(jsonPath("$.application.status").value("COMPLETED"))
        .andExpect(jsonPath("$.steps[0].step").value("提交备案申请"))
        .andExpect(jsonPath("$.steps[1].step").value("备案通过"))
        .andExpect(jsonPath("$.steps[2]").doesNotExist());
    assertThat(inbox(filer, DemoCitizens.ZHANG_WEI)).contains("粤GA1234的申请已审核通过");
    assertThat(inbox(filer, DemoCitizens.XU_MING)).contains("粤GA1234已由张*（朋友）备案");
  }

  @Test
  void smsCodeGoesToTheRegisteredPhoneOfAnOwnerWithoutAccount() throws Exception { // NF-1 NF-4
    String filer = citizen.login(DemoCitizens.LI_NA);
    filing.sendOwnerCode(filer, "02", "粤K8B888", "778899").andExpect(status().isAccepted())
        .andExpect(jsonPath("$.ownerPhone").value("139****0012"));
    String code = citizen.latestCode(filer, LIN_HUI_PHONE);

    JsonNode submitted = citizen.read(filing.fileBySmsCode(filer, "02", "粤k·8b888", "778899", code, "pass")
        .andExpect(status().isCreated()));
    filing.runFilingJobs();

    assertThat(filing.filingStatus(submitted.get("filingId").asLong())).isEqualTo("APPROVED");
    citizen.get(filer, BASE + "/filed-vehicles").andExpect(jsonPath("$[0].plateNumber").value("粤K8B888"))
        .andExpect(jsonPath("$[0].wayName").value("短信验证备案"));
    assertThat(inbox(filer, LIN_HUI_PHONE)).contains("粤K8B888已由李*（父母）备案");
  }

  @Test
  void theOwnersCodeServesOnlyOnceAndOnlyTheFilerItWasSentFor() throws Exception { // NF-1 SH-3
    String filer = citizen.login(DemoCitizens.LI_NA);
    String other = citizen.login(DemoCitizens.WU_DAN);
    filing.sendOwnerCode(filer, "02", "粤K8B888", "778899").andExpect(status().isAccepted());
    String code = citizen.latestCode(filer, LIN_HUI_PHONE);

    filing.fileBySmsCode(other, "02", "粤K8B888", "778899", code, "pass").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("SMS_CODE_INVALID"));
    filing.fileBySmsCode(filer, "02", "粤K8B888", "778899", code, "pass").andExpect(status().isCreated());
    filing.fileBySmsCode(filer, "02", "粤K8B888", "778899", code, "pass").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("SMS_CODE_INVALID"));
  }

  @Test
  void aWrongEngineNumberSuffixSendsNoCode() throws Exception { // NF-1
    String filer = citizen.login(DemoCitizens.LI_NA);
    int codesBefore = codesSentTo(LIN_HUI_PHONE);

    filing.sendOwnerCode(filer, "02", "粤K8B888", "123456").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("VEHICLE_INFO_MISMATCH"));
    filing.sendOwnerCode(filer, "52", "粤K8B888", "778899").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("VEHICLE_INFO_MISMATCH"));
    filing.fileBySmsCode(filer, "02", "粤K8B888", "123456", "000000", "pass")
        .andExpect(jsonPath("$.code").value("VEHICLE_INFO_MISMATCH"));

    assertThat(codesSentTo(LIN_HUI_PHONE)).isEqualTo(codesBefore);
  }

  @Test
  void anExpiredQrCodeIsRefused() throws Exception { // NF-1
    String owner = citizen.login(DemoCitizens.XU_MING);
    String filer = citizen.login(DemoCitizens.ZHANG_WEI);
    String token = filing.scanQrCode(owner, GA1234_VIN);

    time.setTo(time.now().plusMinutes(6));

    filing.fileByQrCode(filer, token, "pass").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("QR_TOKEN_EXPIRED"));
    assertThat(filing.activeFilingsOf(GA1234_VIN)).isZero();
  }

  @Test
  void aTamperedOrForeignQrCodeIsRefused() throws Exception { // NF-1
    String owner = citizen.login(DemoCitizens.XU_MING);
    String filer = citizen.login(DemoCitizens.ZHANG_WEI);
    String token = filing.scanQrCode(owner, GA1234_VIN);
    String[] parts = token.split("\\.");
    String otherVin = Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(Base64.getUrlDecoder().decode(parts[1])).replace(GA1234_VIN, FilingDriver.GD12345_VIN)
            .getBytes());

    for (String forged : new String[] {parts[0] + "." + otherVin + "." + parts[2], token + "x", "not-a-token",
        filer}) {
      filing.fileByQrCode(filer, forged, "pass").andExpect(status().isUnprocessableEntity())
          .andExpect(jsonPath("$.code").value("QR_TOKEN_INVALID"));
    }
    assertThat(filing.activeFilingsOf(GA1234_VIN) + filing.activeFilingsOf(FilingDriver.GD12345_VIN)).isZero();
  }

  @Test
  void onlyTheOwnerGetsAQrCodeForAVehicle() throws Exception { // NF-1, own data only
    String notOwner = citizen.login(DemoCitizens.ZHANG_WEI);
    citizen.get(notOwner, BASE + "/owned-vehicles/" + GA1234_VIN + "/qr-code").andExpect(status().isNotFound());
    citizen.get(null, BASE + "/owned-vehicles/" + GA1234_VIN + "/qr-code").andExpect(status().isUnauthorized());
  }

  @Test
  void aNonRealNameAccountCannotFile() throws Exception { // SH-1
    String owner = citizen.login(DemoCitizens.XU_MING);
    String notRealName = citizen.login(DemoCitizens.ZHOU_JIE);
    filing.fileByQrCode(notRealName, filing.scanQrCode(owner, GA1234_VIN), "pass")
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("REAL_NAME_REQUIRED"));
  }

  @Test
  void anotherCitizensFilingAnswers404() throws Exception {
    String owner = citizen.login(DemoCitizens.XU_MING);
    String filer = citizen.login(DemoCitizens.ZHANG_WEI);
    long filingId = filing.filed(filer, owner, GA1234_VIN, "pass").get("filingId").asLong();
    String stranger = citizen.login(DemoCitizens.WU_DAN);

    citizen.get(stranger, BASE + "/" + filingId).andExpect(status().isNotFound());
    citizen.post(stranger, BASE + "/" + filingId + "/unbind", "").andExpect(status().isNotFound());
    citizen.get(filer, BASE + "/" + filingId).andExpect(status().isOk());
  }

  private String inbox(String token, String phone) throws Exception {
    return citizen.read(citizen.get(token, "/api/v1/demo/sms-inbox?phone=" + phone)).toString();
  }

  private int codesSentTo(String phone) {
    return jdbc.sql("SELECT COUNT(*) FROM sms_code WHERE phone = :phone").param("phone", phone)
        .query(Integer.class).single();
  }
}
