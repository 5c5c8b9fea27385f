package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.validation.PlateKind;
import java.time.OffsetDateTime;

/**
 * A pre-selection as the citizen sees it: "you may still compose X plates" (PP-4), "another batch (X)" (PP-5),
 * whether only the office can help now (PP-6), and the selected plate with its validity (PP-7).
 */
public record SelectionView(long selectionId, String vin, String officeCode, String officeName,
    PlateKind plateKind, String plateKindName, SelectionStatus status, String statusName, int selfComposedLeft,
    int proposalsPerCheck, int randomBatchesLeft, boolean selectAtOffice, String serviceHours, boolean verified,
    String plateNumber, String serialNumber, OffsetDateTime validUntil) {

  static SelectionView of(PlateSelection s, VehicleOffices.Office office, PlateProperties.OfficeRules rules,
      boolean verified) {
    boolean atOffice = s.status() == SelectionStatus.SELECTING && s.exhausted();
    return new SelectionView(s.id(), s.vin(), office.code(), office.name(), s.plateKind(), s.plateKind().label(),
        s.status(), atOffice ? "自编和随机选号机会均已用完，请到车管所选号" : s.status().label(), s.selfComposedLeft(),
        Math.min(rules.proposalsPerCheck(), s.selfComposedLeft()), s.randomBatchesLeft(), atOffice,
        rules.serviceHours().toString(), verified, s.plateNumber(), s.serialNumber(), s.validUntil());
  }
}
