package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.filing.FilingDriver;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.support.TasklistSessions;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A photo carrying the place it was taken (EXIF GPS) and a payload appended after the image: only the pixels are
 * stored, and a served photo cannot be sniffed or run as anything but an image.
 */
@RestIntegrationTest
class PhotoMetadataIT {

  private static final String GPS_DATUM = "SECRET-GPS-DATUM";
  private static final String TRAILER = "<script>alert('appended')</script>";

  @Autowired
  CitizenClient citizen;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;

  FilingDriver filing;
  String filer;
  long filingId;
  String serial;

  @BeforeEach
  void filingAwaitingPhoto() throws Exception {
    filing = new FilingDriver(citizen, jdbc, engine);
    filing.cleanUp();
    filer = citizen.login(DemoCitizens.ZHANG_WEI);
    JsonNode submitted = filing.filed(filer, citizen.login(DemoCitizens.XU_MING), FilingDriver.GA1234_VIN, "fail");
    filingId = submitted.get("filingId").asLong();
    serial = submitted.get("serialNumber").asText();
  }

  @Test
  void exifGpsAndAppendedBytesAreNotStored() throws Exception {
    byte[] upload = withGpsAndTrailer(FilingDriver.image(800, 600, "jpg"));
    assertThat(ascii(upload)).contains("Exif", GPS_DATUM, TRAILER);

    filing.uploadIdPhoto(filer, filingId, "me.jpg", upload).andExpect(status().isOk());

    byte[] stored = jdbc.sql("SELECT image_data FROM photo p JOIN vehicle_filing f ON f.photo_id = p.id "
        + "WHERE f.id = :id").param("id", filingId).query(byte[].class).single();
    assertThat(ascii(stored)).doesNotContain("Exif").doesNotContain(GPS_DATUM).doesNotContain("appended");
    BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(stored));
    assertThat(pixels.getWidth()).isEqualTo(800);
    assertThat(pixels.getHeight()).isEqualTo(600);
  }

  @Test
  void aServedPhotoCannotBeSniffedOrRun() throws Exception {
    filing.uploadIdPhoto(filer, filingId, "me.jpg", withGpsAndTrailer(FilingDriver.image(800, 600, "jpg")))
        .andExpect(status().isOk());
    identity.setAuthentication("filing.reviewer", List.of(ReviewGroups.FILING_REVIEWERS));
    Task task;
    try {
      task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(serial).singleResult();
    } finally {
      identity.clearAuthentication();
    }

    imageHeaders(citizen.mvc().perform(get("/review-api/vehicle-filings/tasks/" + task.getId() + "/photo")
        .session(TasklistSessions.loggedIn(engine.getName(), "filing.reviewer", ReviewGroups.FILING_REVIEWERS))));
    imageHeaders(citizen.get(citizen.login(DemoCitizens.XU_MING),
        FilingDriver.BASE + "/owned-vehicles/" + FilingDriver.GA1234_VIN + "/qr-code"));
  }

  private static void imageHeaders(ResultActions answer) throws Exception {
    answer.andExpect(status().isOk())
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.startsWith("default-src 'none'")))
        .andExpect(header().string("Content-Disposition", "inline"));
  }

  /** The JPEG with an APP1 EXIF segment holding a GPS IFD right after SOI, and a payload after EOI. */
  private static byte[] withGpsAndTrailer(byte[] jpeg) throws Exception {
    byte[] datum = (GPS_DATUM + "\0").getBytes(StandardCharsets.US_ASCII);
    ByteBuffer tiff = ByteBuffer.allocate(8 + 18 + 18 + datum.length).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    // IFD0: one entry, GPSInfo (0x8825) → the GPS IFD at offset 26
    tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
    // GPS IFD: one entry, GPSMapDatum (0x0012, ASCII) → the text at offset 44
    tiff.putShort((short) 1).putShort((short) 0x0012).putShort((short) 2).putInt(datum.length).putInt(44).putInt(0);
    tiff.put(datum);
    byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
        .put(tiff.array()).array();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)});
    out.write(exif);
    out.write(jpeg, 2, jpeg.length - 2);
    out.write(TRAILER.getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static String ascii(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
