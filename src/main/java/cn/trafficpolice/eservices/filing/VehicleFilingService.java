package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.blacklist.BlacklistGate;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.photo.PhotoStore;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.realperson.RealPersonAuthentication;
import cn.trafficpolice.eservices.realperson.RealPersonResult;
import cn.trafficpolice.eservices.registry.RegisteredVehicle;
import cn.trafficpolice.eservices.registry.VehicleRegistry;
import cn.trafficpolice.eservices.sms.SmsCodeService;
import cn.trafficpolice.eservices.sms.SmsPurpose;
import cn.trafficpolice.eservices.validation.PlateNumbers;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filer's side of NF-1..NF-3: file by the owner's QR code or by the owner's SMS code, then, when real-person
 * authentication did not pass, upload the hand-held ID photo for manual review. Real-name accounts only (SH-1).
 */
@Service
public class VehicleFilingService {

  static final String ID_PHOTO_PURPOSE = "VEHICLE_FILING_ID_PHOTO";
  private static final int ENGINE_SUFFIX_LENGTH = 6;
  private static final Logger log = LoggerFactory.getLogger(VehicleFilingService.class);

  private final AccountService accounts;
  private final VehicleRegistry registry;
  private final FilingEligibility eligibility;
  private final RealPersonAuthentication realPerson;
  private final SmsCodeService smsCodes;
  private final FilingQrTokens qrTokens;
  private final VehicleFilingStore store;
  private final ApplicationService applications;
  private final PhotoStore photos;
  private final VehicleFilingStarter starter;
  private final Clock clock;
  private final BlacklistGate blacklist;

  VehicleFilingService(AccountService accounts, VehicleRegistry registry, FilingEligibility eligibility,
      RealPersonAuthentication realPerson, SmsCodeService smsCodes, FilingQrTokens qrTokens,
      VehicleFilingStore store, ApplicationService applications, PhotoStore photos, VehicleFilingStarter starter,
      Clock clock, BlacklistGate blacklist) {
    this.accounts = accounts;
    this.registry = registry;
    this.eligibility = eligibility;
    this.realPerson = realPerson;
    this.smsCodes = smsCodes;
    this.qrTokens = qrTokens;
    this.store = store;
    this.applications = applications;
    this.photos = photos;
    this.starter = starter;
    this.clock = clock;
    this.blacklist = blacklist;
  }

  /** Before either way: SH-1 real-name accounts only, SH-5 not blacklisted. */
  @Transactional(readOnly = true)
  public BlacklistGate.Admission eligibility(long filerId) {
    Citizen filer = accounts.requireRealName(filerId);
    return blacklist.requireAdmitted(filer.idNumber(), Business.NON_OWNED_VEHICLE_FILING);
  }

  /** NF-1 QR way: the token scanned from the owner's screen names the vehicle. */
  @Transactional
  public SubmittedFiling submitByQrCode(long filerId, String qrToken, FilerRelation relation, String livenessToken) {
    Citizen filer = admittedFiler(filerId);
    FilingQrTokens.ScannedQrToken scanned = qrTokens.verify(qrToken);
    // first, before any lock: a concurrent second use waits here for the first filing's outcome
    if (!store.useQrToken(scanned.tokenId(), scanned.vin(), OffsetDateTime.now(clock))) {
      throw BusinessException.conflict(FilingErrors.QR_TOKEN_USED, "该二维码已使用过，请机动车所有人重新生成");
    }
    RegisteredVehicle vehicle = registry.byVin(scanned.vin()).orElseThrow(
        () -> BusinessException.refused(FilingErrors.QR_TOKEN_INVALID, "二维码对应的机动车不存在"));
    return submit(filer, vehicle, FilingWay.QR_CODE, relation, livenessToken);
  }

  /** NF-1 SMS way, step 1: a code to the phone registered with the vehicle, whether or not the owner has an account. */
  @Transactional
  public OwnerCodeSent sendOwnerCode(long filerId, VehicleIdentity identity) {
    Citizen filer = admittedFiler(filerId);
    RegisteredVehicle vehicle = matching(identity);
    eligibility.checkVehicle(filer, vehicle);
    eligibility.checkLimits(filer, vehicle);
    SmsCodeService.SentCode sent = smsCodes.send(vehicle.ownerPhone(), SmsPurpose.VEHICLE_FILING_OWNER_CONSENT,
        consentReference(vehicle, filer));
    return new OwnerCodeSent(Mask.phone(vehicle.ownerPhone()), sent.expiresAt(), sent.nextSendAllowedAt());
  }

  /** NF-1 SMS way, step 2: the code the owner passed on, bound to this vehicle and this filer. */
  @Transactional
  public SubmittedFiling submitBySmsCode(long filerId, VehicleIdentity identity, String code,
      FilerRelation relation, String livenessToken) {
    Citizen filer = admittedFiler(filerId);
    RegisteredVehicle vehicle = matching(identity);
    smsCodes.verifyAndConsume(vehicle.ownerPhone(), SmsPurpose.VEHICLE_FILING_OWNER_CONSENT,
        consentReference(vehicle, filer), code);
    return submit(filer, vehicle, FilingWay.SMS_CODE, relation, livenessToken);
  }

  /** NF-3: the hand-held ID photo, when real-person authentication failed or was unavailable. */
  @Transactional
  public FilingStatus uploadIdPhoto(long filerId, long filingId, byte[] content) {
    VehicleFiling filing = store.find(filingId).filter(f -> f.filerId() == filerId)
        .orElseThrow(() -> BusinessException.notFound("未找到该备案"));
    if (filing.status() != FilingStatus.AWAITING_PHOTO) {
      throw photoNotExpected();
    }
    long photoId = photos.save(filerId, ID_PHOTO_PURPOSE, content);
    if (!store.attachPhoto(filingId, photoId)) {
      throw photoNotExpected();
    }
    applications.update(filing.serialNumber(), ApplicationStatus.IN_PROGRESS, "人工审核中，一个工作日内办结", null);
    starter.photoUploaded(filing.serialNumber());
    log.info("Filing {}: hand-held ID photo {} uploaded for review", filing.serialNumber(), photoId);
    return FilingStatus.IN_REVIEW;
  }

  /**
   * Real-person authentication runs before the locks are taken, so no outside call holds them; the limits are
   * then counted and the filing inserted under the locks (NF-2 holds under concurrency).
   */
  private SubmittedFiling submit(Citizen filer, RegisteredVehicle vehicle, FilingWay way, FilerRelation relation,
      String livenessToken) {
    eligibility.checkVehicle(filer, vehicle);
    RealPersonResult authentication = realPerson.verify(filer.idNumber(), livenessToken);
    store.lockVehicleAndFiler(vehicle.vin(), filer.id());
    eligibility.checkLimits(filer, vehicle);
    String serial = applications.open(Business.NON_OWNED_VEHICLE_FILING, filer.id(),
        consentReference(vehicle, filer));
    boolean passed = authentication == RealPersonResult.PASSED;
    FilingStatus status = passed ? FilingStatus.AWAITING_APPROVAL : FilingStatus.AWAITING_PHOTO;
    long id = store.insert(serial, vehicle.vin(), filer.id(), relation, way, authentication, status,
        OffsetDateTime.now(clock));
    applications.update(serial, ApplicationStatus.IN_PROGRESS,
        passed ? "实人认证通过，等待系统审核" : "请上传本人手持身份证件照片", null);
    starter.start(serial, id, passed);
    log.info("Filing {} submitted by citizen {} ({}, real-person authentication {})", serial, filer.id(), way,
        authentication);
    return new SubmittedFiling(id, serial, status, status.label(), !passed);
  }

  private Citizen admittedFiler(long filerId) {
    eligibility(filerId);
    return accounts.get(filerId);
  }

  private RegisteredVehicle matching(VehicleIdentity identity) {
    String suffix = identity.engineNumberSuffix().trim().toUpperCase(Locale.ROOT);
    return registry.byPlate(identity.plateType(), PlateNumbers.normalize(identity.plateNumber()))
        .filter(v -> suffix.length() == ENGINE_SUFFIX_LENGTH
            && v.engineNumber().toUpperCase(Locale.ROOT).endsWith(suffix))
        .orElseThrow(() -> BusinessException.refused(FilingErrors.VEHICLE_INFO_MISMATCH,
            "号牌种类、号牌号码或发动机号后六位与登记信息不符"));
  }

  /** What the owner's code authorises: this vehicle, for this filer; also the application's subject. */
  private static String consentReference(RegisteredVehicle vehicle, Citizen filer) {
    return vehicle.vin() + ":" + filer.id();
  }

  private static BusinessException photoNotExpected() {
    return BusinessException.conflict(FilingErrors.PHOTO_NOT_EXPECTED, "该备案当前无需上传照片");
  }

  public record SubmittedFiling(long filingId, String serialNumber, FilingStatus status, String statusName,
      boolean photoRequired) {
  }

  public record OwnerCodeSent(String ownerPhone, Instant expiresAt, Instant nextSendAllowedAt) {
  }
}
