package cn.trafficpolice.eservices.filing;

import static cn.trafficpolice.eservices.filing.FilingDriver.GA1234_VIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** NF-3 upload of the hand-held ID photo: checked by content; refused uploads change nothing. */
@RestIntegrationTest
class FilingPhotoUploadIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;

  FilingDriver filing;
  String filer;
  long filingId;

  @BeforeEach
  void filingAwaitingPhoto() throws Exception {
    filing = new FilingDriver(citizen, jdbc, engine);
    filing.cleanUp();
    filer = citizen.login(DemoCitizens.ZHANG_WEI);
    filingId = filing.filed(filer, citizen.login(DemoCitizens.XU_MING), GA1234_VIN, "unavailable")
        .get("filingId").asLong();
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void aPdfRenamedToJpgIsRefused() throws Exception { // NF-3
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    filing.uploadIdPhoto(filer, filingId, "id-card.jpg", pdf).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PHOTO_TYPE_INVALID"));
    assertNothingStored();
  }

  @Test
  void aJpegHeaderOnTopOfGarbageIsRefused() throws Exception { // NF-3
    byte[] fake = new byte[4096];
    Arrays.fill(fake, (byte) 0x41);
    fake[0] = (byte) 0xFF;
    fake[1] = (byte) 0xD8;
    fake[2] = (byte) 0xFF;
    filing.uploadIdPhoto(filer, filingId, "me.jpg", fake).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PHOTO_TYPE_INVALID"));
    assertNothingStored();
  }

  @Test
  void anOversizedFileIsRefused() throws Exception { // NF-3
    byte[] large = new byte[3 * 1024 * 1024];
    byte[] jpeg = FilingDriver.image(800, 600, "jpg");
    System.arraycopy(jpeg, 0, large, 0, jpeg.length);
    filing.uploadIdPhoto(filer, filingId, "me.jpg", large).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PHOTO_TOO_LARGE"));
    assertNothingStored();
  }

  @Test
  void aOneByOneImageIsRefused() throws Exception { // NF-3
    filing.uploadIdPhoto(filer, filingId, "me.png", FilingDriver.image(1, 1, "png"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PHOTO_DIMENSIONS_INVALID"));
    assertNothingStored();
  }

  @Test
  void aPngWithAJpgNameIsAcceptedByItsContent() throws Exception { // NF-3
    filing.uploadIdPhoto(filer, filingId, "me.jpg", FilingDriver.image(640, 480, "png"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_REVIEW"));
    assertThat(jdbc.sql("SELECT media_type FROM photo p JOIN vehicle_filing f ON f.photo_id = p.id WHERE f.id = :id")
        .param("id", filingId).query(String.class).single()).isEqualTo("image/png");
  }

  @Test
  void aPhotoIsTakenOnlyWhenTheFilingWaitsForOne() throws Exception { // NF-3
    byte[] photo = FilingDriver.image(640, 480, "jpg");
    filing.uploadIdPhoto(filer, filingId, "me.jpg", photo).andExpect(status().isOk());
    filing.uploadIdPhoto(filer, filingId, "me.jpg", photo).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("PHOTO_NOT_EXPECTED"));
  }

  @Test
  void noOneUploadsToAnotherCitizensFiling() throws Exception {
    filing.uploadIdPhoto(citizen.login(DemoCitizens.WU_DAN), filingId, "me.jpg", FilingDriver.image(640, 480, "jpg"))
        .andExpect(status().isNotFound());
    assertNothingStored();
  }

  private void assertNothingStored() {
    assertThat(filing.filingStatus(filingId)).isEqualTo("AWAITING_PHOTO");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM photo WHERE purpose = :purpose")
        .param("purpose", VehicleFilingService.ID_PHOTO_PURPOSE).query(Integer.class).single()).isZero();
  }
}
