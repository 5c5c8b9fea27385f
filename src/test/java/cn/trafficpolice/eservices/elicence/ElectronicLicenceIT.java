package cn.trafficpolice.eservices.elicence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.registry.LicenceAmendment;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/** EL-1, EL-2, EL-4, EL-5, EL-6, EL-7 through the REST front. */
@RestIntegrationTest
class ElectronicLicenceIT {

  private static final String BASE = "/api/v1/e-licence";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  LicenceRegistry registry;
  @Autowired
  TransactionTemplate transaction;

  @BeforeEach
  void at() {
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
  }

  @AfterEach
  void cleanUp() {
    time.reset();
    jdbc.sql("DELETE FROM electronic_licence").update();
    jdbc.sql("DELETE FROM elicence_application").update();
    jdbc.sql("DELETE FROM application WHERE business = 'ELECTRONIC_LICENCE'").update();
  }

  @Test
  void retainedPhotoAndRealPersonAuthenticationIssueTheLicenceAtOnce() throws Exception { // EL-2 EL-4
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    citizen.get(token, BASE + "/eligibility").andExpect(status().isOk())
        .andExpect(jsonPath("$.eligible").value(true)).andExpect(jsonPath("$.retainedPhotoOffered").value(true));

    String serial = issue(token);

    citizen.get(token, "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.status").value("COMPLETED"));
    citizen.get(token, BASE).andExpect(status().isOk())
        .andExpect(jsonPath("$.elicenceNumber").value(serial))
        .andExpect(jsonPath("$.front.name").value("张伟"))
        .andExpect(jsonPath("$.front.licenceClass").value("C1"))
        .andExpect(jsonPath("$.front.stateNames").value("正常"))
        .andExpect(jsonPath("$.back.issuingAuthority").value("广东省湛江市公安局交通警察支队"))
        .andExpect(jsonPath("$.back.licenceClassCodes[0]").value("C1 小型汽车"));
    byte[] png = citizen.get(token, BASE + "/image.png").andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.IMAGE_PNG)).andReturn().getResponse().getContentAsByteArray();
    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getHeight()).isGreaterThan(800);
    String barcode = decode(citizen.get(token, BASE + "/barcode.png").andReturn().getResponse()
        .getContentAsByteArray());
    assertThat(barcode).isEqualTo(serial);
  }

  @Test
  void aFailedRealPersonAuthenticationIssuesNothing() throws Exception { // EL-2
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    citizen.post(token, BASE + "/applications/with-retained-photo", Map.of("livenessToken", "fail"))
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("REAL_PERSON_FAILED"));
    citizen.get(token, BASE).andExpect(status().isNotFound());
  }

  @Test
  void aRetainedPhotoOlderThanSixMonthsIsNotOffered() throws Exception { // EL-2 EL-3
    String token = citizen.login(DemoCitizens.LI_NA);
    citizen.get(token, BASE + "/eligibility").andExpect(jsonPath("$.eligible").value(true))
        .andExpect(jsonPath("$.retainedPhotoOffered").value(false));
    citizen.post(token, BASE + "/applications/with-retained-photo", Map.of("livenessToken", "pass"))
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("RETAINED_PHOTO_UNUSABLE"));
  }

  @Test
  void aLicenceInABlockingStateIsRefusedNamingTheState() throws Exception { // EL-1
    String token = citizen.login(DemoCitizens.YANG_JING);
    citizen.post(token, BASE + "/applications/with-retained-photo", Map.of("livenessToken", "pass"))
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("LICENCE_STATE_BLOCKS"))
        .andExpect(jsonPath("$.detail").value("驾驶证状态为逾期未审验(S)，不能申领电子驾驶证"));
    citizen.get(citizen.login(DemoCitizens.HUANG_MIN), BASE + "/eligibility")
        .andExpect(jsonPath("$.eligible").value(false))
        .andExpect(jsonPath("$.refusalReason").value("驾驶证状态为逾期未换证(M)，不能申领电子驾驶证"));
  }

  @Test
  void anExpiredLicenceIsRefused() throws Exception { // EL-1
    citizen.get(citizen.login(DemoCitizens.CHEN_GANG), BASE + "/eligibility")
        .andExpect(jsonPath("$.eligible").value(false)).andExpect(jsonPath("$.refusalCode").value("LICENCE_EXPIRED"));
  }

  @Test
  void aLicenceFromAnOfficeOutsideTheRolloutIsRefused() throws Exception { // EL-7
    jdbc.sql("UPDATE driver_licence SET office_code = '440900' WHERE id_number = '440802199104170100'").update();
    try {
      citizen.get(citizen.login(DemoCitizens.WU_DAN), BASE + "/eligibility")
          .andExpect(jsonPath("$.eligible").value(false))
          .andExpect(jsonPath("$.refusalCode").value("ELICENCE_OUTSIDE_ROLLOUT"))
          .andExpect(jsonPath("$.refusalReason").value("驾驶证核发地（茂名市）尚未开通电子驾驶证，不能申领电子驾驶证"));
    } finally {
      jdbc.sql("UPDATE driver_licence SET office_code = '440800' WHERE id_number = '440802199104170100'").update();
    }
  }

  @Test
  void aVerifierConfirmsTheScannedCodeWithLiveData() throws Exception { // EL-5
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    issue(token);
    String code = decode(citizen.get(token, BASE + "/qr-code.png").andReturn().getResponse().getContentAsByteArray());
    jdbc.sql("UPDATE driver_licence SET accumulated_points = 6, states = 'AH' WHERE id_number = :id")
        .param("id", DemoCitizens.ZHANG_WEI_ID).update();

    citizen.post(citizen.login(DemoCitizens.XU_MING), BASE + "/verifications", Map.of("code", code))
        .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.outcome").value("VALID")).andExpect(jsonPath("$.holderName").value("张伟"))
        .andExpect(jsonPath("$.accumulatedPoints").value(6)).andExpect(jsonPath("$.stateNames").value("正常、违法未处理"));
    jdbc.sql("UPDATE driver_licence SET accumulated_points = 0, states = 'A' WHERE id_number = :id")
        .param("id", DemoCitizens.ZHANG_WEI_ID).update();
    citizen.mvc().perform(MockMvcRequestBuilders
            .get(BASE + "/verification-keys")).andExpect(status().isOk())
        .andExpect(jsonPath("$.keys[0].kty").value("EC")).andExpect(jsonPath("$.keys[0].d").doesNotExist());
  }

  @Test
  void aTamperedCodeFails() throws Exception { // EL-5
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    issue(token);
    String code = citizen.read(citizen.get(token, BASE)).get("verificationCode").asText();
    String[] parts = code.split("\\.");
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
        "{\"sub\":\"EL2026000000000099\",\"iat\":1795400000}".getBytes()) + "." + parts[2];

    verify(token, forged).andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.outcome").value("INVALID_SIGNATURE"));
    verify(token, "not-a-code").andExpect(jsonPath("$.outcome").value("INVALID_SIGNATURE"));
  }

  @Test
  void aScreenshotOlderThanTheCodeValidityFails() throws Exception { // EL-5
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    issue(token);
    String code = citizen.read(citizen.get(token, BASE)).get("verificationCode").asText();

    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 2, 59));
    verify(token, code).andExpect(jsonPath("$.valid").value(true));
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 3, 1));
    verify(token, code).andExpect(jsonPath("$.valid").value(false)).andExpect(jsonPath("$.outcome").value("EXPIRED"));
  }

  @Test
  void aRegistryChangeOfClassInvalidatesTheLicence() throws Exception { // EL-6 EL-5
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    issue(token);
    String code = citizen.read(citizen.get(token, BASE)).get("verificationCode").asText();

    transaction.executeWithoutResult(tx -> registry.amend(
        new LicenceAmendment(DemoCitizens.ZHANG_WEI_ID, "B2", null, null)));
    try {
      verify(token, code).andExpect(jsonPath("$.valid").value(false))
          .andExpect(jsonPath("$.outcome").value("REVOKED"));
      citizen.get(token, BASE).andExpect(status().isNotFound())
          .andExpect(jsonPath("$.code").value("ELICENCE_NOT_FOUND"));
      assertThat(citizen.read(citizen.get(token, "/api/v1/demo/sms-inbox?phone=" + DemoCitizens.ZHANG_WEI))
          .toString()).contains("原电子驾驶证已失效，请重新申领");
      issue(token);
      citizen.get(token, BASE).andExpect(jsonPath("$.front.licenceClass").value("B2"));
    } finally {
      jdbc.sql("UPDATE driver_licence SET licence_class = 'C1' WHERE id_number = :id")
          .param("id", DemoCitizens.ZHANG_WEI_ID).update();
    }
  }

  @Test
  void verifyingNeedsALoggedInCaller() throws Exception { // EL-5
    citizen.post(null, BASE + "/verifications", Map.of("code", "x")).andExpect(status().isUnauthorized());
  }

  private String issue(String token) throws Exception {
    String serial = citizen.read(citizen.post(token, BASE + "/applications/with-retained-photo",
            Map.of("livenessToken", "pass"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("SUBMITTED")))
        .get("serialNumber").asText();
    // EL-2: generating is a save point of its own, run by the job executor right after the submission
    time.runDueJobs();
    citizen.get(token, BASE + "/applications/" + serial).andExpect(jsonPath("$.state").value("ISSUED"));
    return serial;
  }

  private ResultActions verify(String token, String code) throws Exception {
    return citizen.post(token, BASE + "/verifications", Map.of("code", code)).andExpect(status().isOk());
  }

  private static String decode(byte[] png) throws Exception {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
        new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))));
    return new MultiFormatReader().decode(bitmap).getText();
  }
}
