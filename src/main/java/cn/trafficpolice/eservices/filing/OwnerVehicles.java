package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.account.Organisation;
import cn.trafficpolice.eservices.account.Organisations;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.qrcode.QrCodeImages;
import cn.trafficpolice.eservices.registry.RegisteredVehicle;
import cn.trafficpolice.eservices.registry.VehicleRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's side: their vehicles and a QR code for one of them (NF-1), who filed them and unbinding (NF-5).
 * Real-name accounts only: a self-registered account's ID number is unproven, and must not consent for a vehicle.
 * A registered agent of an organisation acts here for the organisation's vehicles too (NF-2).
 */
@Service
public class OwnerVehicles {

  private static final int QR_SIZE_PIXELS = 400;

  private final AccountService accounts;
  private final VehicleRegistry registry;
  private final FilingEligibility eligibility;
  private final FilingQrTokens qrTokens;
  private final VehicleFilingStore store;
  private final ApplicationService applications;
  private final FilingNotifier notifier;
  private final Clock clock;
  private final Organisations organisations;

  OwnerVehicles(AccountService accounts, VehicleRegistry registry, FilingEligibility eligibility,
      FilingQrTokens qrTokens, VehicleFilingStore store, ApplicationService applications, FilingNotifier notifier,
      Clock clock, Organisations organisations) {
    this.accounts = accounts;
    this.registry = registry;
    this.eligibility = eligibility;
    this.qrTokens = qrTokens;
    this.store = store;
    this.applications = applications;
    this.notifier = notifier;
    this.clock = clock;
    this.organisations = organisations;
  }

  @Transactional(readOnly = true)
  public List<OwnedVehicle> vehicles(long ownerId) {
    return owned(ownerId).values().stream()
        .map(v -> new OwnedVehicle(v.vin(), v.plateType(), v.plateNumber(), v.brandModel(), v.ownerName(),
            eligibility.fileable(v)))
        .toList();
  }

  /** NF-1: a short-lived signed token for one of the owner's own vehicles, as a QR code PNG. */
  public QrCode qrCode(long ownerId, String vin) {
    RegisteredVehicle vehicle = owned(ownerId).get(vin);
    if (vehicle == null) {
      throw BusinessException.notFound("未找到该机动车");
    }
    eligibility.checkFileable(vehicle);
    FilingQrTokens.IssuedQrToken token = qrTokens.issue(vin);
    return new QrCode(QrCodeImages.png(token.token(), QR_SIZE_PIXELS), token.expiresAt());
  }

  /** NF-5: the active filings of the owner's vehicles, pending ones included. */
  @Transactional(readOnly = true)
  public List<Filer> filers(long ownerId) {
    Map<String, RegisteredVehicle> vehicles = owned(ownerId);
    return store.activeOfVehicles(vehicles.keySet()).stream().map(f -> filer(f, vehicles.get(f.vin()))).toList();
  }

  /** NF-5: immediate, without review; the filer is told. */
  @Transactional
  public Filer unbind(long ownerId, long filingId) {
    Map<String, RegisteredVehicle> vehicles = owned(ownerId);
    VehicleFiling filing = store.find(filingId).filter(f -> vehicles.containsKey(f.vin()))
        .orElseThrow(() -> BusinessException.notFound("未找到该备案"));
    if (!store.unbind(filingId, Party.OWNER, OffsetDateTime.now(clock))) {
      throw BusinessException.conflict(FilingErrors.FILING_NOT_BOUND, "该备案未生效，无需解除");
    }
    RegisteredVehicle vehicle = vehicles.get(filing.vin());
    applications.update(filing.serialNumber(), ApplicationStatus.COMPLETED, "已由机动车所有人解除备案", null);
    notifier.unbound(filing, Party.OWNER, accounts.get(filing.filerId()).phone(), vehicle.plateNumber());
    return filer(store.find(filingId).orElseThrow(), vehicle);
  }

  /** The citizen's own vehicles, then those of the organisations the citizen is an agent of. */
  private Map<String, RegisteredVehicle> owned(long ownerId) {
    Citizen owner = accounts.requireRealName(ownerId);
    Stream<String> owners = Stream.concat(Stream.of(owner.idNumber()),
        organisations.ofAgent(ownerId).stream().map(Organisation::creditCode));
    return owners.flatMap(code -> registry.registeredTo(code).stream())
        .collect(Collectors.toMap(RegisteredVehicle::vin, Function.identity(), (a, b) -> a,
            LinkedHashMap::new));
  }

  private Filer filer(VehicleFiling f, RegisteredVehicle vehicle) {
    Citizen filer = accounts.get(f.filerId());
    return new Filer(f.id(), vehicle.plateType(), vehicle.plateNumber(), Mask.name(filer.name()),
        Mask.phone(filer.phone()), f.relation().label(), f.status(), f.status().label(), f.submittedAt(),
        f.approvedAt(), f.endedAt());
  }

  /** {@code ownerName}: the citizen, or the organisation an agent acts for. */
  public record OwnedVehicle(String vin, String plateType, String plateNumber, String brandModel, String ownerName,
      boolean fileable) {
  }

  public record QrCode(byte[] png, Instant expiresAt) {
  }

  /** Someone who filed the owner's vehicle, masked as the 12123 app shows it. */
  public record Filer(long filingId, String plateType, String plateNumber, String filerName, String filerPhone,
      String relationName, FilingStatus status, String statusName, OffsetDateTime submittedAt,
      OffsetDateTime approvedAt, OffsetDateTime endedAt) {
  }
}
