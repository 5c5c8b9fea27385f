package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.registry.RegisteredVehicle;
import cn.trafficpolice.eservices.registry.VehicleRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process's outcomes for a filing (NF-3, NF-4): approval, rejection with its reason, closing when no photo
 * came. Each is idempotent — a repeated job finds the filing already there and sends nothing new — and updates
 * My applications and notifies by SMS in the same transaction.
 */
@Service
public class FilingOutcomes {

  private static final Logger log = LoggerFactory.getLogger(FilingOutcomes.class);

  private final VehicleFilingStore store;
  private final VehicleRegistry registry;
  private final AccountService accounts;
  private final ApplicationService applications;
  private final FilingNotifier notifier;
  private final Clock clock;

  FilingOutcomes(VehicleFilingStore store, VehicleRegistry registry, AccountService accounts,
      ApplicationService applications, FilingNotifier notifier, Clock clock) {
    this.store = store;
    this.registry = registry;
    this.accounts = accounts;
    this.applications = applications;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** NF-4: the vehicle joins the filer's list; filer and owner are told. */
  @Transactional
  public void approve(long filingId) {
    VehicleFiling filing = get(filingId);
    requireReached(store.approve(filingId, now()), filing, FilingStatus.APPROVED);
    RegisteredVehicle vehicle = vehicle(filing);
    Citizen filer = accounts.get(filing.filerId());
    applications.update(filing.serialNumber(), ApplicationStatus.COMPLETED, "备案成功", null);
    notifier.approvedToFiler(filing, filer.phone(), vehicle.plateNumber());
    notifier.approvedToOwner(filing, vehicle.ownerPhone(), vehicle.plateNumber(), filer.name());
    log.info("Filing {} approved", filing.serialNumber());
  }

  /** NF-3: the photo was refused; the filer is told why. */
  @Transactional
  public void reject(long filingId, RejectionReason reason, String note) {
    VehicleFiling filing = get(filingId);
    requireReached(store.reject(filingId, reason, note, now()), filing, FilingStatus.REJECTED);
    String why = note == null || note.isBlank() ? reason.label() : reason.label() + "（" + note.trim() + "）";
    applications.update(filing.serialNumber(), ApplicationStatus.REJECTED, "审核未通过", why);
    notifier.rejected(filing, accounts.get(filing.filerId()).phone(), vehicle(filing).plateNumber(), why);
    log.info("Filing {} rejected: {}", filing.serialNumber(), reason);
  }

  /** The filer never uploaded the photo: the filing stops counting against the limits. */
  @Transactional
  public void closeOverdue(long filingId) {
    VehicleFiling filing = get(filingId);
    requireReached(store.lapse(filingId, now()), filing, FilingStatus.LAPSED);
    applications.update(filing.serialNumber(), ApplicationStatus.CANCELLED, "逾期未上传手持证件照片，申请已关闭", null);
    notifier.lapsed(filing, accounts.get(filing.filerId()).phone(), vehicle(filing).plateNumber());
    log.info("Filing {} closed: no photo uploaded in time", filing.serialNumber());
  }

  private VehicleFiling get(long filingId) {
    return store.find(filingId).orElseThrow(() -> new IllegalStateException("no filing " + filingId));
  }

  private RegisteredVehicle vehicle(VehicleFiling filing) {
    return registry.byVin(filing.vin()).orElseThrow(
        () -> new IllegalStateException("vehicle of filing " + filing.serialNumber() + " not in registry"));
  }

  /** A repeated step finds the target state already reached; any other state is a fault for the operator. */
  private static void requireReached(boolean changed, VehicleFiling before, FilingStatus target) {
    if (!changed && before.status() != target) {
      throw new IllegalStateException("filing " + before.serialNumber() + " cannot go from " + before.status()
          + " to " + target);
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
