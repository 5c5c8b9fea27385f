package cn.trafficpolice.eservices.filing;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Drives the filing business through its REST front, as the tests' citizens would, and cleans up after them. */
public final class FilingDriver {

  public static final String BASE = "/api/v1/vehicle-filings";
  /** 徐明's 粤GA1234 (small car) and 粤GD12345 (small new-energy), his commercial 粤G5X678. */
  public static final String GA1234_VIN = "LSVAU218XN2183294";
  static final String GD12345_VIN = "LGBH52E06MY100001";
  static final String G5X678_VIN = "LFV2A21KXN4000002";
  /** 王强's 粤K12345. */
  static final String K12345_VIN = "LVHRS5872N7000007";
  /** 林慧's 粤K8B888: she has no account; the registry's phone. */
  public static final String LIN_HUI_PHONE = "13900000012";
  /** The phone registered with the organisation's 鲁AF12345. */
  static final String ORGANISATION_PHONE = "13900000013";

  private final CitizenClient citizen;
  private final JdbcClient jdbc;
  private final ProcessEngine engine;

  public FilingDriver(CitizenClient citizen, JdbcClient jdbc, ProcessEngine engine) {
    this.citizen = citizen;
    this.jdbc = jdbc;
    this.engine = engine;
  }

  /** Every filing, its process, photo, application and owner code of earlier tests; SMS send quotas too. */
  public void cleanUp() {
    List<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(VehicleFilingProcess.KEY).list().stream().map(ProcessInstance::getId).toList();
    if (!instances.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstances(instances, "test clean-up", true, true);
    }
    jdbc.sql("DELETE FROM vehicle_filing").update();
    jdbc.sql("DELETE FROM photo WHERE purpose = :purpose").param("purpose", VehicleFilingService.ID_PHOTO_PURPOSE)
        .update();
    jdbc.sql("DELETE FROM application WHERE business = 'NON_OWNED_VEHICLE_FILING'").update();
    jdbc.sql("DELETE FROM sms_code WHERE purpose = 'VEHICLE_FILING_OWNER_CONSENT'").update();
    jdbc.sql("DELETE FROM sms_send_quota").update();
  }

  /** The owner's QR code for one of their vehicles, scanned: the token it holds. */
  public String scanQrCode(String ownerToken, String vin) throws Exception {
    byte[] png = citizen.get(ownerToken, BASE + "/owned-vehicles/" + vin + "/qr-code")
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
  }

  public ResultActions fileByQrCode(String filerToken, String qrToken, String livenessToken) throws Exception {
    return citizen.post(filerToken, BASE + "/by-qr-code",
        Map.of("qrToken", qrToken, "relation", "FRIEND", "livenessToken", livenessToken));
  }

  /** Files 徐明's vehicle by QR code; returns the submission answer. */
  public JsonNode filed(String filerToken, String ownerToken, String vin, String livenessToken) throws Exception {
    return citizen.read(fileByQrCode(filerToken, scanQrCode(ownerToken, vin), livenessToken)
        .andExpect(status().isCreated()));
  }

  public ResultActions sendOwnerCode(String filerToken, String plateType, String plate, String engineSuffix)
      throws Exception {
    return citizen.post(filerToken, BASE + "/owner-sms-codes",
        Map.of("plateType", plateType, "plateNumber", plate, "engineNumberSuffix", engineSuffix));
  }

  public ResultActions fileBySmsCode(String filerToken, String plateType, String plate, String engineSuffix, String code,
      String livenessToken) throws Exception {
    return citizen.post(filerToken, BASE + "/by-sms-code", Map.of("plateType", plateType, "plateNumber", plate,
        "engineNumberSuffix", engineSuffix, "code", code, "relation", "PARENT", "livenessToken", livenessToken));
  }

  public ResultActions uploadIdPhoto(String filerToken, long filingId, String fileName, byte[] content) throws Exception {
    return citizen.mvc().perform(MockMvcRequestBuilders.multipart(BASE + "/" + filingId + "/id-photo")
        .file(new MockMultipartFile("photo", fileName, "image/jpeg", content))
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + filerToken));
  }

  /** Runs the filing process's due jobs, as the job executor would. */
  int runFilingJobs() {
    ManagementService management = engine.getManagementService();
    int executed = 0;
    for (int round = 0; round < 10; round++) {
      List<Job> due = management.createJobQuery().processDefinitionKey(VehicleFilingProcess.KEY).executable()
          .list();
      if (due.isEmpty()) {
        return executed;
      }
      due.forEach(job -> management.executeJob(job.getId()));
      executed += due.size();
    }
    throw new IllegalStateException("filing jobs keep creating due jobs");
  }

  String filingStatus(long filingId) {
    return jdbc.sql("SELECT status FROM vehicle_filing WHERE id = :id").param("id", filingId)
        .query(String.class).single();
  }

  public int activeFilingsOf(String vin) {
    return jdbc.sql("SELECT COUNT(*) FROM vehicle_filing WHERE vin = :vin AND status IN (:active)")
        .param("vin", vin).param("active", FilingStatus.ACTIVE).query(Integer.class).single();
  }

  /** A decodable image of the given size: a stand-in for a phone photo. */
  public static byte[] image(int width, int height, String format) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.LIGHT_GRAY);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }
}
