package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PP-9: what blocks a vehicle's pre-selection — a registered plate, or a pre-selection of the vehicle — and, for
 * an approved appeal (PA-3), the clearing of the blocking pre-selection.
 */
@Service
public class PlateConflicts {

  private static final Logger log = LoggerFactory.getLogger(PlateConflicts.class);

  private final NewVehicles vehicles;
  private final PlateSelectionStore selections;
  private final PlatePoolStore pool;
  private final ApplicationService applications;
  private final PlatePreselectionStarter starter;
  private final Clock clock;

  PlateConflicts(NewVehicles vehicles, PlateSelectionStore selections, PlatePoolStore pool,
      ApplicationService applications, PlatePreselectionStarter starter, Clock clock) {
    this.vehicles = vehicles;
    this.selections = selections;
    this.pool = pool;
    this.applications = applications;
    this.starter = starter;
    this.clock = clock;
  }

  /** The conflict refusing this citizen's pre-selection of the vehicle; their own selection under way is none. */
  @Transactional(readOnly = true)
  public Optional<Conflict> of(String vin, long citizenId) {
    Optional<NewVehicles.NewVehicle> vehicle = vehicles.byVin(vin);
    if (vehicle.isPresent() && vehicle.get().registered()) {
      return Optional.of(new Conflict(ConflictKind.REGISTERED, null, vehicle.get().plateNumber(), null));
    }
    return selections.openFor(vin)
        .filter(s -> !s.ownedBy(citizenId)
            || s.status() == SelectionStatus.SELECTED || s.status() == SelectionStatus.CONFIRMED)
        .map(s -> new Conflict(ConflictKind.PRESELECTED, s.id(), s.plateNumber(), s.selectedAt()));
  }

  /** Throws the PP-9 refusal, with the seed's messages, when the vehicle is blocked. */
  public void requireNone(String vin, long citizenId) {
    of(vin, citizenId).ifPresent(c -> {
      throw c.kind() == ConflictKind.REGISTERED
          ? new AppealableRefusal(PlateErrors.VIN_ALREADY_REGISTERED, PlateErrors.VIN_ALREADY_REGISTERED_MESSAGE)
          : new AppealableRefusal(PlateErrors.VIN_ALREADY_PRESELECTED, PlateErrors.VIN_ALREADY_PRESELECTED_MESSAGE);
    });
  }

  /**
   * PA-3: the blocking pre-selection stops blocking; its plate goes back to the pool and a waiting process ends.
   * Idempotent: a repeated call finds the record cleared.
   */
  @Transactional
  public void clear(long selectionId) {
    PlateSelection selection = selections.find(selectionId)
        .orElseThrow(() -> new IllegalStateException("no plate selection " + selectionId));
    if (!selections.clear(selectionId, OffsetDateTime.now(clock))) {
      return;
    }
    if (selection.plateNumber() != null) {
      pool.releaseReserved(selection.plateNumber(), selection.holderRef());
    }
    if (selection.serialNumber() != null) {
      applications.update(selection.serialNumber(), ApplicationStatus.CANCELLED, "经申诉核实，该预选记录已撤销", null);
      starter.cleared(selection.serialNumber());
    }
    log.info("Plate selection {} cleared by an approved appeal", selectionId);
  }

  public enum ConflictKind {
    REGISTERED("该车辆已上牌"),
    PRESELECTED("该车辆已预选号牌");

    private final String label;

    ConflictKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** @param selectionId the blocking pre-selection, for {@link ConflictKind#PRESELECTED} */
  public record Conflict(ConflictKind kind, Long selectionId, String plateNumber, OffsetDateTime since) {
  }
}
