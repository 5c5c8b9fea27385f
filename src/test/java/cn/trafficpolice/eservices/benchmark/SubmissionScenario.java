package cn.trafficpolice.eservices.benchmark;

import cn.trafficpolice.eservices.benchmark.CitizenSeeder.Citizen;
import cn.trafficpolice.eservices.plate.PlateProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Issue 14: a citizen's submission of each business through the REST front over HTTP, by {@value #CLIENTS} clients
 * at once, each submission by a citizen of its own; beside each, the bare engine starting a process that ends at
 * once. Only the submitting request is timed: what a citizen does before it (confirmation, SMS code, address, the
 * owner's QR code) is prepared beforehand by the same clients, through the same front.
 */
final class SubmissionScenario {

  static final int CLIENTS = 4;
  static final String PICKUP_SITE = "ZJ-CGS";
  private static final Consumer<List<Citizen>> NO_FIXTURE = applicants -> { };
  private static final Pattern CODE = Pattern.compile("验证码(\\d{6})");

  private final RestFront front;
  private final CitizenSeeder citizens;
  private final BareEngine bare;
  private final PlateProperties plateRules;
  private final Clock clock;
  private final int operations;
  private final int warmup;
  private final Set<String> businesses;

  /**
   * @param warmup untimed submissions of each business, and bare starts, before the timed ones
   * @param businesses the serial prefixes to measure ({@code -Dbenchmark.businesses=LL,EL}); empty: all six
   */
  SubmissionScenario(RestFront front, CitizenSeeder citizens, BareEngine bare, PlateProperties plateRules,
      Clock clock, int operations, int warmup, Set<String> businesses) {
    this.warmup = warmup;
    this.businesses = businesses;
    this.front = front;
    this.citizens = citizens;
    this.bare = bare;
    this.plateRules = plateRules;
    this.clock = clock;
    this.operations = operations;
  }

  /** A submitting request, prepared for one citizen. */
  interface Submission {
    void submit();
  }

  interface Preparation {
    Submission prepare(Citizen citizen, String token) throws Exception;
  }

  void run(Report report) throws Exception {
    measure(report, "LL", "submission: licence loss (LL, window pickup)", NO_FIXTURE, this::licenceLoss);
    byte[] photo = portrait();
    measure(report, "EL", "submission: e-licence with photo upload (EL)", NO_FIXTURE, (c, token) -> () ->
        front.upload(token, "/api/v1/e-licence/applications", "photo", photo, 201));
    measure(report, "PP", "submission: plate pre-selection, phase 1 (PP)", citizens::newVehicles,
        (c, token) -> () ->
        front.post(token, "/api/v1/plate-preselections", Map.of("vin", c.vin(), "certificateNumber",
            c.certificateNumber(), "officeCode", CitizenSeeder.OFFICE, "noticeAccepted", true), 201));
    measure(report, "PA", "submission: plate appeal with two documents (PA)", this::preselectedByOthers,
        (c, token) -> () ->
        front.multipart(token, "/api/v1/plate-appeals", Map.of("vin", c.vin()), Map.of("identityProof", photo,
            "invoice", photo), 201));
    measure(report, "NF", "submission: non-owned vehicle filing by QR code (NF)", NO_FIXTURE, this::filing);
    measure(report, "ID", "submission: ID card reissue online (ID)", NO_FIXTURE, this::idCard);
    report.note("submissions: " + operations + " per business after " + warmup + " untimed ones (and as many "
        + "untimed bare starts), each by a fresh citizen inserted by SQL (account, "
        + "licence, household record, vehicle) whose bearer token the token service minted (no password login); "
        + "timed: the submitting request only (confirmation, SMS code read in the demo inbox, address, owner's QR "
        + "code prepared beforehand through the same front); one 400×500 JPEG for every e-licence upload; bare: "
        + "start of a process start → end");
    report.note("plate appeal: each applicant's new car pre-selected by another seeded citizen (PP-9's refusal, "
        + "the selection written by SQL as phase 1 and PP-3 leave it); the appeal uploads the same JPEG as identity "
        + "proof and as invoice");
  }

  private void measure(Report report, String business, String scenario, Consumer<List<Citizen>> fixture,
      Preparation preparation) throws Exception {
    if (!businesses.isEmpty() && !businesses.contains(business)) {
      return;
    }
    // the first submissions of a business, and the bare starts, run untimed: both sides timed with a warm JIT
    if (warmup > 0) {
      submissions(warmup, fixture, preparation);
      bare.starts(CLIENTS, warmup);
    }
    Measurement app = submissions(operations, fixture, preparation);
    report.row(scenario, CLIENTS, app, bare.starts(CLIENTS, operations));
  }

  /** @return the submitting requests' figures: what prepares them is done beforehand by the same clients */
  private Measurement submissions(int count, Consumer<List<Citizen>> fixture, Preparation preparation)
      throws Exception {
    List<Citizen> applicants = citizens.create(count);
    fixture.accept(applicants);
    Submission[] prepared = new Submission[count];
    Measurement.of(CLIENTS, count, (client, i) -> prepared[i] = preparation.prepare(applicants.get(i),
        citizens.token(applicants.get(i))));
    return Measurement.of(CLIENTS, count, (client, i) -> prepared[i].submit());
  }

  /** PA-1: each applicant's new car, already pre-selected by somebody else. */
  private void preselectedByOthers(List<Citizen> applicants) {
    citizens.newVehicles(applicants);
    citizens.openSelections(citizens.create(applicants.size()), applicants.stream().map(Citizen::vin).toList(),
        plateRules.rulesOf(CitizenSeeder.OFFICE), OffsetDateTime.now(clock));
  }

  /** LL-5: the confirmation gives the reference the SMS code is bound to; the code comes from the demo inbox. */
  private Submission licenceLoss(Citizen citizen, String token) {
    Map<String, Object> application = new java.util.LinkedHashMap<>(Map.of("noticeAgreed", true,
        "declarationConfirmed", true, "licenceInfoConfirmed", true, "deliveryMethod", "WINDOW",
        "pickupSiteId", PICKUP_SITE));
    String reference = front.post(token, "/api/v1/licence-loss/applications/confirmation", application, 200)
        .get("smsReference").asText();
    application.put("smsCode", smsCode(citizen, token, "LICENCE_LOSS_SUBMIT", reference));
    return () -> front.post(token, "/api/v1/licence-loss/applications", application, 201);
  }

  /** NF-1: another citizen (the owner) shows the QR code of their registered car; the filer scans it. */
  private Submission filing(Citizen filer, String token) throws Exception {
    Citizen owner = citizens.create(1).get(0);
    citizens.registeredVehicles(List.of(owner));
    String qrToken = scan(front.bytes(citizens.token(owner), "/api/v1/vehicle-filings/owned-vehicles/"
        + owner.vin() + "/qr-code"));
    return () -> front.post(token, "/api/v1/vehicle-filings/by-qr-code", Map.of("qrToken", qrToken,
        "relation", "FRIEND", "livenessToken", "pass"), 201);
  }

  private Submission idCard(Citizen citizen, String token) {
    long address = front.post(token, "/api/v1/me/addresses", Map.of("recipient", citizen.name(), "phone",
        citizen.phone(), "province", "广东省", "city", "湛江市", "district", "麻章区", "detail", "瑞云路1号",
        "makeDefault", true), 201).get("id").asLong();
    return () -> front.post(token, "/api/v1/id-card-reissues/online", Map.of("reason", "LOST", "addressId",
        address), 201);
  }

  /** Asks for a code through the front and reads it in the demo SMS inbox, as the tests' citizens do. */
  private String smsCode(Citizen citizen, String token, String purpose, String reference) {
    front.post(token, "/api/v1/sms-codes", Map.of("purpose", purpose, "reference", reference), 202);
    for (JsonNode sms : front.get(token, "/api/v1/demo/sms-inbox?phone=" + citizen.phone())) {
      Matcher m = CODE.matcher(sms.get("text").asText());
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new IllegalStateException("no code in the demo inbox of " + citizen.phone());
  }

  private static String scan(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
        Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
  }

  /** A decodable JPEG portrait of 400×500, within the EL-3 upload rules. */
  static byte[] portrait() throws IOException {
    BufferedImage image = new BufferedImage(400, 500, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.LIGHT_GRAY);
    g.fillRect(0, 0, 400, 500);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(100, 100, 200, 260);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }
}
