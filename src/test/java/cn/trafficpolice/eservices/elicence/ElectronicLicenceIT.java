package cn.trafficpolice.eservices.elicence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** EL-1, EL-2, EL-4, EL-7 through the REST front; verification (EL-5, EL-6) in ElectronicLicenceVerificationIT. */
@RestIntegrationTest
class ElectronicLicenceIT {

  private static final String BASE = "/api/v1/e-licence";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;

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

  private static String decode(byte[] png) throws Exception {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
        new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))));
    return new MultiFormatReader().decode(bitmap).getText();
  }
}
