package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.blacklist.BlacklistGate;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.photo.PhotoStore;
import cn.trafficpolice.eservices.plate.PlateConflicts;
import cn.trafficpolice.eservices.validation.Vins;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's side of the appeal (PA-1..PA-3): only against a current PP-9 refusal of that VIN, with a photo of
 * identity proof and of the purchase invoice, checked by content; the results are listed on the appeal page.
 */
@Service
public class PlateAppealService {

  static final String IDENTITY_PHOTO_PURPOSE = "PLATE_APPEAL_IDENTITY";
  static final String INVOICE_PHOTO_PURPOSE = "PLATE_APPEAL_INVOICE";
  static final String NO_CONFLICT = "APPEAL_NOT_NEEDED";
  private static final Logger log = LoggerFactory.getLogger(PlateAppealService.class);

  private final PlateConflicts conflicts;
  private final PhotoStore photos;
  private final ApplicationService applications;
  private final PlateAppealStore store;
  private final PlateAppealStarter starter;
  private final Clock clock;
  private final AccountService accounts;
  private final BlacklistGate blacklist;

  PlateAppealService(PlateConflicts conflicts, PhotoStore photos, ApplicationService applications,
      PlateAppealStore store, PlateAppealStarter starter, Clock clock, AccountService accounts,
      BlacklistGate blacklist) {
    this.conflicts = conflicts;
    this.photos = photos;
    this.applications = applications;
    this.store = store;
    this.starter = starter;
    this.clock = clock;
    this.accounts = accounts;
    this.blacklist = blacklist;
  }

  /** SH-5: a citizen blacklisted for online vehicle business cannot appeal online either. */
  @Transactional(readOnly = true)
  public BlacklistGate.Admission eligibility(long citizenId) {
    return blacklist.requireAdmitted(accounts.get(citizenId).idNumber(), Business.PLATE_SELECTION_APPEAL);
  }

  @Transactional
  public AppealView submit(long citizenId, String vinInput, byte[] identityProof, byte[] invoice) {
    eligibility(citizenId);
    String vin = Vins.normalize(vinInput);
    if (!Vins.isValid(vin)) {
      throw BusinessException.invalid(ErrorCodes.VIN_INVALID, "车辆识别代号有误，请核对后重新输入");
    }
    PlateConflicts.Conflict conflict = conflicts.of(vin, citizenId).orElseThrow(() -> BusinessException.refused(
        NO_CONFLICT, "该车辆未被预选或登记，可直接预选号牌，无需申诉"));
    long identityPhoto = photos.save(citizenId, IDENTITY_PHOTO_PURPOSE, identityProof);
    long invoicePhoto = photos.save(citizenId, INVOICE_PHOTO_PURPOSE, invoice);
    String serial = applications.open(Business.PLATE_SELECTION_APPEAL, citizenId, vin);
    long id = store.insert(serial, citizenId, vin, conflict.kind(), conflict.selectionId(), identityPhoto,
        invoicePhoto, OffsetDateTime.now(clock));
    applications.update(serial, ApplicationStatus.IN_PROGRESS, "申诉资料审核中", null);
    starter.start(serial, id);
    log.info("Plate appeal {} submitted by citizen {} ({})", serial, citizenId, conflict.kind());
    return AppealView.of(store.find(id).orElseThrow());
  }

  @Transactional(readOnly = true)
  public List<AppealView> mine(long citizenId) {
    return store.ofCitizen(citizenId).stream().map(AppealView::of).toList();
  }

  @Transactional(readOnly = true)
  public AppealView mine(long citizenId, long appealId) {
    return store.find(appealId).filter(a -> a.citizenId() == citizenId).map(AppealView::of)
        .orElseThrow(() -> BusinessException.notFound("未找到该申诉"));
  }

  public record AppealView(long appealId, String serialNumber, String vin, String conflictName, AppealStatus status,
      String statusName, String rejectionReason, OffsetDateTime submittedAt, OffsetDateTime decidedAt) {
    static AppealView of(PlateAppeal a) {
      return new AppealView(a.id(), a.serialNumber(), a.vin(), a.conflict().label(), a.status(),
          a.status().label(), a.rejectionReason(), a.submittedAt(), a.decidedAt());
    }
  }
}
