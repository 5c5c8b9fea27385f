package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.idcard.OnlineEligibility.Reason;
import cn.trafficpolice.eservices.registry.HouseholdRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * ID-1, from the household record: fingerprints collected; the photo and the fingerprints within validity — the
 * card in force has not expired and neither was taken longer than {@link IdCardProperties#recordValidity()} ago;
 * the household registration unchanged since the last card application.
 */
@Component
class IdCardEligibility {

  static final String FINGERPRINTS_NOT_COLLECTED = "FINGERPRINTS_NOT_COLLECTED";
  static final String CARD_EXPIRED = "CARD_EXPIRED";
  static final String PHOTO_OUT_OF_VALIDITY = "PHOTO_OUT_OF_VALIDITY";
  static final String FINGERPRINTS_OUT_OF_VALIDITY = "FINGERPRINTS_OUT_OF_VALIDITY";
  static final String HOUSEHOLD_CHANGED = "HOUSEHOLD_CHANGED";

  private final IdCardProperties properties;

  IdCardEligibility(IdCardProperties properties) {
    this.properties = properties;
  }

  OnlineEligibility online(HouseholdRecord record, LocalDate today) {
    List<Reason> reasons = new ArrayList<>();
    LocalDate oldestValid = today.minus(properties.recordValidity());
    if (!record.fingerprintsCollected() || record.fingerprintsTakenOn() == null) {
      reasons.add(new Reason(FINGERPRINTS_NOT_COLLECTED, "您的居民身份证未登记指纹信息"));
    } else if (record.fingerprintsTakenOn().isBefore(oldestValid)) {
      reasons.add(new Reason(FINGERPRINTS_OUT_OF_VALIDITY, "您登记的指纹信息已超过有效期"));
    }
    if (record.cardValidUntil().isBefore(today)) {
      reasons.add(new Reason(CARD_EXPIRED, "您的居民身份证已于" + record.cardValidUntil() + "超过有效期限"));
    }
    if (record.cardPhotoTakenOn() == null || record.cardPhotoTakenOn().isBefore(oldestValid)) {
      reasons.add(new Reason(PHOTO_OUT_OF_VALIDITY, "您的居民身份证相片已超过有效期"));
    }
    if (changedSinceLastApplication(record)) {
      reasons.add(new Reason(HOUSEHOLD_CHANGED,
          "您的户籍信息于" + record.householdChangedOn() + "变更，晚于上次申领居民身份证"));
    }
    return OnlineEligibility.of(reasons);
  }

  private static boolean changedSinceLastApplication(HouseholdRecord record) {
    LocalDate changed = record.householdChangedOn();
    LocalDate lastApplication = record.lastCardApplicationOn();
    return changed != null && (lastApplication == null || changed.isAfter(lastApplication));
  }
}
