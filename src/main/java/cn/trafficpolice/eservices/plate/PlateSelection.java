package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.validation.PlateKind;
import java.time.OffsetDateTime;

/** One vehicle's pre-selection: its counters, the selected plate and validity. {@code citizenId} may be null. */
public record PlateSelection(long id, String vin, Long citizenId, String officeCode, PlateKind plateKind,
    String holderRef, int selfComposedLeft, int randomBatchesLeft, SelectionStatus status,
    OffsetDateTime verifiedAt, String plateNumber, String serialNumber, OffsetDateTime createdAt,
    OffsetDateTime selectedAt, OffsetDateTime validUntil) {

  boolean ownedBy(long citizen) {
    return citizenId != null && citizenId == citizen;
  }

  boolean exhausted() {
    return selfComposedLeft <= 0 && randomBatchesLeft <= 0;
  }
}
