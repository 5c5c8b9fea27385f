package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.photo.PhotoStore;
import cn.trafficpolice.eservices.photo.StoredPhoto;
import cn.trafficpolice.eservices.plate.BlockingRecords;
import cn.trafficpolice.eservices.plate.BlockingRecords.BlockingRecord;
import cn.trafficpolice.eservices.privacy.Mask;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the appeal reviewer sees (PA-2, PA-3): the appellant's name in full (it must match the invoice), ID number
 * and phone masked, the VIN, the blocking record as it stands now (holder masked, date, office), both photos, the
 * PA-2 checks to tick and the rejection reasons. Callers first check the reviewer's right to the task.
 */
@Service
class AppealReviewData {

  private final PlateAppealStore store;
  private final AccountService accounts;
  /** PA-2: what the reviewer ticks before approving, in the order of the form. */
  static final List<Check> CHECKS = List.of(
      new Check(PlateSelectionAppealProcess.VAR_IDENTITY_PROOF_MATCHES, "身份证明清晰，与申诉人姓名、身份证号码一致"),
      new Check(PlateSelectionAppealProcess.VAR_INVOICE_MATCHES_VIN, "购车发票清晰，车辆识别代号与申诉的车辆一致、购车人为申诉人"));

  private final BlockingRecords blockingRecords;
  private final PhotoStore photos;

  AppealReviewData(PlateAppealStore store, AccountService accounts, BlockingRecords blockingRecords,
      PhotoStore photos) {
    this.store = store;
    this.accounts = accounts;
    this.blockingRecords = blockingRecords;
    this.photos = photos;
  }

  @Transactional(readOnly = true)
  ReviewView view(String serial) {
    PlateAppeal a = appeal(serial);
    Citizen citizen = accounts.get(a.citizenId());
    BlockingRecord blocking = blockingRecords.of(a.vin(), a.citizenId())
        .orElse(new BlockingRecord(a.conflict().label() + "（记录已不存在）", null, null, null, null));
    return new ReviewView(a.serialNumber(), a.submittedAt(), a.vin(), new Appellant(citizen.name(),
        Mask.idNumber(citizen.idNumber()), Mask.phone(citizen.phone())), blocking, CHECKS,
        Arrays.stream(AppealRejectionReason.values()).map(r -> new Reason(r.name(), r.label())).toList());
  }

  @Transactional(readOnly = true)
  StoredPhoto identityProof(String serial) {
    return photos.get(appeal(serial).identityPhotoId());
  }

  @Transactional(readOnly = true)
  StoredPhoto invoice(String serial) {
    return photos.get(appeal(serial).invoicePhotoId());
  }

  private PlateAppeal appeal(String serial) {
    return store.findBySerial(serial).orElseThrow(() -> BusinessException.notFound("未找到该申诉"));
  }

  record ReviewView(String serialNumber, OffsetDateTime submittedAt, String vin, Appellant appellant,
      BlockingRecord blockingRecord, List<Check> checks, List<Reason> rejectionReasons) {
  }

  record Appellant(String name, String idNumber, String phone) {
  }

  /** @param variable the Boolean task variable the tick sets */
  record Check(String variable, String label) {
  }

  record Reason(String code, String label) {
  }
}
