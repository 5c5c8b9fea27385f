package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.registry.RegisteredVehicle;
import cn.trafficpolice.eservices.registry.VehicleRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The filer's side once filed: my filings and filed vehicles (NF-4), unbinding (NF-5), violations (NF-6). */
@Service
public class FilerVehicles {

  private final VehicleFilingStore store;
  private final VehicleRegistry registry;
  private final ApplicationService applications;
  private final FilingNotifier notifier;
  private final FilingProperties properties;
  private final Clock clock;

  FilerVehicles(VehicleFilingStore store, VehicleRegistry registry, ApplicationService applications,
      FilingNotifier notifier, FilingProperties properties, Clock clock) {
    this.store = store;
    this.registry = registry;
    this.applications = applications;
    this.notifier = notifier;
    this.properties = properties;
    this.clock = clock;
  }

  /** Every filing of the citizen, newest first, whatever its state. */
  @Transactional(readOnly = true)
  public List<FilingView> myFilings(long filerId) {
    return store.ofFiler(filerId).stream().map(this::view).toList();
  }

  /** NF-4: the vehicles in the filer's list — the approved filings. */
  @Transactional(readOnly = true)
  public List<FilingView> filedVehicles(long filerId) {
    return store.ofFiler(filerId).stream().filter(f -> f.status() == FilingStatus.APPROVED).map(this::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public FilingView myFiling(long filerId, long filingId) {
    return view(own(filerId, filingId));
  }

  /** NF-5: immediate, without review; the owner is told. */
  @Transactional
  public FilingView unbind(long filerId, long filingId) {
    VehicleFiling filing = own(filerId, filingId);
    if (!store.unbind(filingId, Party.FILER, OffsetDateTime.now(clock))) {
      throw BusinessException.conflict(FilingErrors.FILING_NOT_BOUND, "该机动车未处于备案状态，无需解除");
    }
    RegisteredVehicle vehicle = vehicle(filing);
    applications.update(filing.serialNumber(), ApplicationStatus.COMPLETED, "已解除备案", null);
    notifier.unbound(filing, Party.FILER, vehicle.ownerPhone(), vehicle.plateNumber());
    return view(own(filerId, filingId));
  }

  /**
   * NF-6: may the filer handle a violation of the filed vehicle committed at the given time? Only violations
   * from the approval on, unless the relaxation switch {@code eservices.filing.allow-pre-filing-violations} is on.
   */
  @Transactional(readOnly = true)
  public boolean mayHandleViolation(long filerId, long filingId, OffsetDateTime committedAt) {
    VehicleFiling filing = own(filerId, filingId);
    if (filing.status() != FilingStatus.APPROVED) {
      return false;
    }
    return properties.allowPreFilingViolations() || !committedAt.isBefore(filing.approvedAt());
  }

  private VehicleFiling own(long filerId, long filingId) {
    return store.find(filingId).filter(f -> f.filerId() == filerId)
        .orElseThrow(() -> BusinessException.notFound("未找到该备案"));
  }

  private RegisteredVehicle vehicle(VehicleFiling filing) {
    return registry.byVin(filing.vin()).orElseThrow(() -> BusinessException.notFound("未找到该机动车"));
  }

  private FilingView view(VehicleFiling f) {
    RegisteredVehicle v = vehicle(f);
    return new FilingView(f.id(), f.serialNumber(), v.plateType(), v.plateNumber(), v.brandModel(),
        Mask.name(v.ownerName()), f.relation(), f.relation().label(), f.way().label(), f.status(),
        f.status().label(), f.rejectionReason() == null ? null : f.rejectionReason().label(), f.reviewNote(),
        f.submittedAt(), f.approvedAt(), f.endedAt());
  }

  /** A filing as its filer sees it; the owner's name is masked as the 12123 app shows it. */
  public record FilingView(long filingId, String serialNumber, String plateType, String plateNumber,
      String brandModel, String ownerName, FilerRelation relation, String relationName, String wayName,
      FilingStatus status, String statusName, String rejectionReason, String reviewNote,
      OffsetDateTime submittedAt, OffsetDateTime approvedAt, OffsetDateTime endedAt) {
  }
}
