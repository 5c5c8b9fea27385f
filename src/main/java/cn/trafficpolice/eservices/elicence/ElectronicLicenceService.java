package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.blacklist.BlacklistGate;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.photo.PhotoStore;
import cn.trafficpolice.eservices.photo.StoredPhoto;
import cn.trafficpolice.eservices.realperson.RealPersonAuthentication;
import cn.trafficpolice.eservices.realperson.RealPersonResult;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import cn.trafficpolice.eservices.registry.RetainedPhoto;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The citizen's side of the e-licence: eligibility, applying either way (EL-2, EL-3), uploading again. */
@Service
public class ElectronicLicenceService {

  static final String UPLOADED_PURPOSE = "ELICENCE_PORTRAIT";
  static final String RETAINED_PURPOSE = "ELICENCE_RETAINED_PORTRAIT";
  private static final String IN_REVIEW_RESULT = "照片人工审核中，一个工作日内办结";

  private static final Logger log = LoggerFactory.getLogger(ElectronicLicenceService.class);

  private final AccountService accounts;
  private final LicenceRegistry registry;
  private final LicenceEligibility eligibility;
  private final RealPersonAuthentication realPerson;
  private final PhotoStore photos;
  private final ApplicationService applications;
  private final ElectronicLicenceStore store;
  private final ElectronicLicenceStarter starter;
  private final ElectronicLicenceProperties properties;
  private final Clock clock;
  private final BlacklistGate blacklist;

  ElectronicLicenceService(AccountService accounts, LicenceRegistry registry, LicenceEligibility eligibility,
      RealPersonAuthentication realPerson, PhotoStore photos, ApplicationService applications,
      ElectronicLicenceStore store, ElectronicLicenceStarter starter, ElectronicLicenceProperties properties,
      Clock clock, BlacklistGate blacklist) {
    this.accounts = accounts;
    this.registry = registry;
    this.eligibility = eligibility;
    this.realPerson = realPerson;
    this.photos = photos;
    this.applications = applications;
    this.store = store;
    this.starter = starter;
    this.properties = properties;
    this.clock = clock;
    this.blacklist = blacklist;
  }

  /** EL-1, EL-2, EL-7: may the citizen apply, and is a retained photo offered? */
  @Transactional(readOnly = true)
  public Eligibility eligibility(long citizenId) {
    DriverLicence licence = licence(accounts.requireRealName(citizenId));
    List<BlockingReason> reasons = eligibility.blockingReasons(licence, today());
    Optional<RetainedPhoto> retained = usableRetainedPhoto(licence);
    return new Eligibility(reasons.isEmpty(), reasons.isEmpty() ? null : reasons.get(0).code(),
        reasons.isEmpty() ? null : EligibilityRefused.detail(reasons), reasons, retained.isPresent(),
        retained.map(RetainedPhoto::takenOn).orElse(null), store.activeOfCitizen(citizenId).isPresent());
  }

  /** EL-2: the citizen accepts the retained photo and passes real-person authentication; issued at once. */
  @Transactional
  public Submitted applyWithRetainedPhoto(long citizenId, String livenessToken) {
    Citizen citizen = accounts.requireRealName(citizenId);
    DriverLicence licence = licence(citizen);
    eligibility.check(licence, today());
    if (store.activeOfCitizen(citizenId).isPresent()) {
      throw BusinessException.conflict(ElectronicLicenceErrors.ELICENCE_ALREADY_ISSUED,
          "您已领取电子驾驶证；如需更换照片，请上传新照片");
    }
    RetainedPhoto retained = usableRetainedPhoto(licence).orElseThrow(() -> BusinessException.refused(
        ElectronicLicenceErrors.RETAINED_PHOTO_UNUSABLE, "没有符合要求的留存照片，请拍摄或上传照片申领"));
    if (realPerson.verify(citizen.idNumber(), livenessToken) != RealPersonResult.PASSED) {
      throw BusinessException.refused(ElectronicLicenceErrors.REAL_PERSON_FAILED,
          "实人认证未通过，请重试，或拍摄上传照片申领");
    }
    long photoId = photos.save(citizenId, RETAINED_PURPOSE, retained.content(), properties.photo());
    return submit(citizen, licence, PhotoSource.RETAINED, photoId, ApplicationState.SUBMITTED);
  }

  /** EL-3 (and EL-6 photo change): an uploaded photo, checked by content, goes to a photo reviewer. */
  @Transactional
  public Submitted applyWithPhoto(long citizenId, byte[] content) {
    Citizen citizen = accounts.requireRealName(citizenId);
    DriverLicence licence = licence(citizen);
    eligibility.check(licence, today());
    long photoId = photos.save(citizenId, UPLOADED_PURPOSE, content, properties.photo());
    return submit(citizen, licence, PhotoSource.UPLOADED, photoId, ApplicationState.IN_REVIEW);
  }

  /** EL-3: after a rejection, a new photo for the same application and the same review. */
  @Transactional
  public Submitted uploadAgain(long citizenId, String serial, byte[] content) {
    LicenceApplication application = own(citizenId, serial);
    if (application.state() != ApplicationState.PHOTO_REJECTED) {
      throw photoNotExpected();
    }
    long photoId = photos.save(citizenId, UPLOADED_PURPOSE, content, properties.photo());
    if (!store.attachNewPhoto(serial, photoId, OffsetDateTime.now(clock))) {
      throw photoNotExpected();
    }
    applications.update(serial, ApplicationStatus.IN_PROGRESS, IN_REVIEW_RESULT, null);
    starter.newPhotoUploaded(serial);
    log.info("E-licence application {}: new photo {} uploaded for review", serial, photoId);
    return new Submitted(serial, ApplicationState.IN_REVIEW, ApplicationState.IN_REVIEW.label());
  }

  @Transactional(readOnly = true)
  public ApplicationView application(long citizenId, String serial) {
    LicenceApplication a = own(citizenId, serial);
    return new ApplicationView(a.serialNumber(), a.photoSource(), a.state(), a.state().label(), a.rejections(),
        a.rejectionReason() == null ? null : a.rejectionReason().label(), a.reviewNote(), a.submittedAt(),
        a.updatedAt());
  }

  /** The application's current photo, to its owner only. */
  @Transactional(readOnly = true)
  public StoredPhoto applicationPhoto(long citizenId, String serial) {
    return photos.getOwn(citizenId, own(citizenId, serial).photoId());
  }

  private Submitted submit(Citizen citizen, DriverLicence licence, PhotoSource source, long photoId,
      ApplicationState state) {
    String serial = applications.open(Business.ELECTRONIC_LICENCE, citizen.id(), licence.licenceNumber());
    store.insertApplication(serial, citizen.id(), licence.licenceNumber(), source, photoId, state,
        OffsetDateTime.now(clock));
    applications.update(serial, ApplicationStatus.IN_PROGRESS,
        source == PhotoSource.RETAINED ? "实人认证通过，正在生成电子驾驶证" : IN_REVIEW_RESULT, null);
    starter.start(serial, source);
    ApplicationState now = store.application(serial).orElseThrow().state();
    log.info("E-licence application {} by citizen {} ({}): {}", serial, citizen.id(), source, now);
    return new Submitted(serial, now, now.label());
  }

  private Optional<RetainedPhoto> usableRetainedPhoto(DriverLicence licence) {
    LocalDate oldest = today().minus(properties.retainedPhotoMaxAge());
    return registry.retainedPhoto(licence.licenceNumber()).filter(p -> !p.takenOn().isBefore(oldest));
  }

  /** Eligibility and both ways of applying start here, so the SH-5 gate guards them all. */
  private DriverLicence licence(Citizen citizen) {
    blacklist.requireAdmitted(citizen.idNumber(), Business.ELECTRONIC_LICENCE);
    return registry.findByIdNumber(citizen.idNumber()).orElseThrow(() -> BusinessException.refused(
        ElectronicLicenceErrors.LICENCE_NOT_FOUND, "未查询到您的机动车驾驶证信息"));
  }

  private LicenceApplication own(long citizenId, String serial) {
    return store.application(serial).filter(a -> a.citizenId() == citizenId)
        .orElseThrow(() -> BusinessException.notFound("未找到该申请"));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static BusinessException photoNotExpected() {
    return BusinessException.conflict(ElectronicLicenceErrors.PHOTO_NOT_EXPECTED, "该申请当前无需上传照片");
  }

  /**
   * EL-1: {@code refusalCode} is the first reason's code, {@code refusalReason} all reasons in one sentence,
   * {@code reasons} each reason with its code.
   */
  public record Eligibility(boolean eligible, String refusalCode, String refusalReason, List<BlockingReason> reasons,
      boolean retainedPhotoOffered, LocalDate retainedPhotoTakenOn, boolean hasElectronicLicence) {
  }

  public record Submitted(String serialNumber, ApplicationState state, String stateName) {
  }

  public record ApplicationView(String serialNumber, PhotoSource photoSource, ApplicationState state,
      String stateName, int rejections, String rejectionReason, String reviewNote, OffsetDateTime submittedAt,
      OffsetDateTime updatedAt) {
  }
}
