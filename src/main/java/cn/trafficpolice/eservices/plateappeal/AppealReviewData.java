package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.photo.PhotoStore;
import cn.trafficpolice.eservices.photo.StoredPhoto;
import cn.trafficpolice.eservices.plate.PlateConflicts;
import cn.trafficpolice.eservices.privacy.Mask;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the appeal reviewer sees (PA-2, PA-3): the appellant's name in full (it must match the invoice), ID number
 * and phone masked, the VIN, the conflicting record as it stands now, and both photos. Callers first check the
 * reviewer's right to the task.
 */
@Service
class AppealReviewData {

  private final PlateAppealStore store;
  private final AccountService accounts;
  private final PlateConflicts conflicts;
  private final PhotoStore photos;

  AppealReviewData(PlateAppealStore store, AccountService accounts, PlateConflicts conflicts, PhotoStore photos) {
    this.store = store;
    this.accounts = accounts;
    this.conflicts = conflicts;
    this.photos = photos;
  }

  @Transactional(readOnly = true)
  ReviewView view(String serial) {
    PlateAppeal a = appeal(serial);
    Citizen citizen = accounts.get(a.citizenId());
    Conflict conflict = conflicts.of(a.vin(), a.citizenId())
        .map(c -> new Conflict(c.kind().label(), c.plateNumber(), c.since()))
        .orElse(new Conflict(a.conflict().label() + "（记录已不存在）", null, null));
    return new ReviewView(a.serialNumber(), a.submittedAt(), a.vin(), new Appellant(citizen.name(),
        Mask.idNumber(citizen.idNumber()), Mask.phone(citizen.phone())), conflict);
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
      Conflict conflict) {
  }

  record Appellant(String name, String idNumber, String phone) {
  }

  record Conflict(String kind, String plateNumber, OffsetDateTime since) {
  }
}
