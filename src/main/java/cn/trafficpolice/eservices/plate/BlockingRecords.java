package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.plate.PlateConflicts.Conflict;
import cn.trafficpolice.eservices.plate.PlateConflicts.ConflictKind;
import cn.trafficpolice.eservices.privacy.Mask;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PA-2, PA-3: the record blocking a vehicle's pre-selection as an appeal reviewer sees it — what it is, the plate,
 * since when, at which vehicle office, and its holder masked (the reviewer compares, the appellant's data stays
 * with the appellant).
 */
@Service
public class BlockingRecords {

  /** A holder outside this platform, e.g. a dealer channel: only its reference is known. */
  static final String OTHER_CHANNEL = "其他渠道";

  private final PlateConflicts conflicts;
  private final PlateSelectionStore selections;
  private final NewVehicles vehicles;
  private final VehicleOffices offices;
  private final AccountService accounts;

  BlockingRecords(PlateConflicts conflicts, PlateSelectionStore selections, NewVehicles vehicles,
      VehicleOffices offices, AccountService accounts) {
    this.conflicts = conflicts;
    this.selections = selections;
    this.vehicles = vehicles;
    this.offices = offices;
    this.accounts = accounts;
  }

  @Transactional(readOnly = true)
  public Optional<BlockingRecord> of(String vin, long citizenId) {
    return conflicts.of(vin, citizenId).map(c -> c.kind() == ConflictKind.REGISTERED ? registered(vin, c) : selected(c));
  }

  private BlockingRecord registered(String vin, Conflict c) {
    Optional<NewVehicles.NewVehicle> vehicle = vehicles.byVin(vin);
    return new BlockingRecord(c.kind().label(), c.plateNumber(),
        vehicle.map(v -> Mask.idNumber(v.ownerIdNumber())).orElse(null), null,
        vehicle.map(v -> officeName(v.officeCode())).orElse(null));
  }

  private BlockingRecord selected(Conflict c) {
    PlateSelection s = selections.find(c.selectionId())
        .orElseThrow(() -> new IllegalStateException("no plate selection " + c.selectionId()));
    String holder = s.citizenId() != null ? Mask.name(accounts.get(s.citizenId()).name())
        : OTHER_CHANNEL + " " + Mask.keep(s.holderRef(), 3, 4);
    OffsetDateTime since = s.selectedAt() != null ? s.selectedAt() : s.createdAt();
    return new BlockingRecord(c.kind().label(), s.plateNumber(), holder, since, officeName(s.officeCode()));
  }

  private String officeName(String code) {
    return code == null ? null : offices.find(code).map(VehicleOffices.Office::name).orElse(code);
  }

  /** @param holder masked; @param since when the blocking pre-selection was made (null for a registration) */
  public record BlockingRecord(String kind, String plateNumber, String holder, OffsetDateTime since,
      String officeName) {
  }
}
