package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.plate.PlateConflicts.ConflictKind;
import java.time.OffsetDateTime;

public record PlateAppeal(long id, String serialNumber, long citizenId, String vin, ConflictKind conflict,
    Long blockingSelectionId, long identityPhotoId, long invoicePhotoId, AppealStatus status,
    String rejectionReason, OffsetDateTime submittedAt, OffsetDateTime decidedAt) {
}
