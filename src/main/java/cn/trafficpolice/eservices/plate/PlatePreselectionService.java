package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.account.Organisation;
import cn.trafficpolice.eservices.account.Organisations;
import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.blacklist.BlacklistGate;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.registry.OwnerKind;
import cn.trafficpolice.eservices.sms.SmsCodeService;
import cn.trafficpolice.eservices.sms.SmsPurpose;
import cn.trafficpolice.eservices.validation.PlateKind;
import cn.trafficpolice.eservices.validation.Vins;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plate pre-selection, phase 1 (PP-2, PP-9, PP-10: the vehicle, its certificate and the office, at any time) and
 * the SMS check opening phase 2 (PP-3). Any account may use it for the citizen's own new vehicle (PP-1); a
 * registered agent also for the organisation's (PP-10). The selection steps themselves are in
 * {@link PlateSelectionService}.
 */
@Service
public class PlatePreselectionService {

  private static final Logger log = LoggerFactory.getLogger(PlatePreselectionService.class);

  private final AccountService accounts;
  private final BlacklistGate blacklist;
  private final Organisations organisations;
  private final NewVehicles vehicles;
  private final PlateConflicts conflicts;
  private final PlateSelectionStore selections;
  private final VehicleOffices offices;
  private final PlateProperties properties;
  private final SelectionGuard guard;
  private final SmsCodeService smsCodes;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  PlatePreselectionService(AccountService accounts, BlacklistGate blacklist, Organisations organisations,
      NewVehicles vehicles, PlateConflicts conflicts, PlateSelectionStore selections, VehicleOffices offices,
      PlateProperties properties, SelectionGuard guard, SmsCodeService smsCodes, Clock clock) {
    this.accounts = accounts;
    this.blacklist = blacklist;
    this.organisations = organisations;
    this.vehicles = vehicles;
    this.conflicts = conflicts;
    this.selections = selections;
    this.offices = offices;
    this.properties = properties;
    this.guard = guard;
    this.smsCodes = smsCodes;
    this.clock = clock;
  }

  /** SH-5, before phase 1: the citizen is not blacklisted for online plate pre-selection. */
  @Transactional(readOnly = true)
  public BlacklistGate.Admission eligibility(long citizenId) {
    return blacklist.requireAdmitted(accounts.get(citizenId).idNumber(), Business.PLATE_PRESELECTION);
  }

  /** Phase 1: checks the vehicle and opens (or resumes) its selection with the office's counters. */
  @Transactional
  public SelectionView start(long citizenId, String vinInput, String certificateNumber, String officeCode,
      boolean noticeAccepted) {
    if (!noticeAccepted) {
      throw BusinessException.refused(PlateErrors.NOTICE_NOT_ACCEPTED, "请先阅读并同意选号服务说明");
    }
    String vin = requireValidVin(vinInput);
    Citizen citizen = accounts.get(citizenId);
    blacklist.requireAdmitted(citizen.idNumber(), Business.PLATE_PRESELECTION);
    VehicleOffices.Office office = offices.find(officeCode).orElseThrow(
        () -> BusinessException.invalid(ErrorCodes.VALIDATION_FAILED, "请选择办理登记的车辆管理所"));
    conflicts.requireNone(vin, citizenId);
    NewVehicles.NewVehicle vehicle = vehicles.byVin(vin)
        .filter(v -> v.certificateNumber() != null && v.certificateNumber().equalsIgnoreCase(
            certificateNumber == null ? "" : certificateNumber.trim()))
        .orElseThrow(() -> BusinessException.refused(PlateErrors.CERTIFICATE_MISMATCH,
            "车辆识别代号与合格证编号（或货物进口证明书编号）不符，请核对后重新输入"));
    requireMayActFor(citizen, vehicle, office);
    PlateKind kind = eligibleKind(vehicle);
    Optional<PlateSelection> resumed = selections.openFor(vin);
    if (resumed.isPresent()) {
      selections.changeOffice(resumed.get().id(), office.code());
      return view(selections.find(resumed.get().id()).orElseThrow());
    }
    return view(selections.find(open(citizen, vin, office.code(), kind)).orElseThrow());
  }

  /** PP-3: the code sent to the account's phone for this VIN opens phase 2 for a while. */
  @Transactional
  public SelectionView verify(long citizenId, long selectionId, String code) {
    PlateSelection selection = guard.selecting(citizenId, selectionId);
    smsCodes.verifyAndConsume(accounts.get(citizenId).phone(), SmsPurpose.PLATE_PRESELECTION, selection.vin(),
        code);
    selections.verified(selectionId, OffsetDateTime.now(clock));
    return view(selections.find(selectionId).orElseThrow());
  }

  @Transactional(readOnly = true)
  public List<SelectionView> mine(long citizenId) {
    return selections.ofCitizen(citizenId).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public SelectionView mine(long citizenId, long selectionId) {
    return view(guard.own(citizenId, selectionId));
  }

  static String requireValidVin(String input) {
    String vin = Vins.normalize(input);
    if (!Vins.isValid(vin)) {
      throw BusinessException.invalid(ErrorCodes.VIN_INVALID, "车辆识别代号有误（17位，第9位为校验位），请核对后重新输入");
    }
    return vin;
  }

  SelectionView view(PlateSelection selection) {
    return SelectionView.of(selection, offices.get(selection.officeCode()),
        properties.rulesOf(selection.officeCode()), guard.verified(selection));
  }

  private long open(Citizen citizen, String vin, String officeCode, PlateKind kind) {
    PlateProperties.OfficeRules rules = properties.rulesOf(officeCode);
    String holderRef = "PS-" + HexFormat.of().formatHex(bytes(12));
    try {
      long id = selections.insert(vin, citizen.id(), officeCode, kind, holderRef, rules.selfComposedCount(),
          rules.randomBatches(), OffsetDateTime.now(clock));
      log.info("Plate selection {} opened by citizen {} at office {}", id, citizen.id(), officeCode);
      return id;
    } catch (DuplicateKeyException raced) {
      throw new AppealableRefusal(PlateErrors.VIN_ALREADY_PRESELECTED, PlateErrors.VIN_ALREADY_PRESELECTED_MESSAGE);
    }
  }

  /**
   * PP-1: the citizen's own new vehicle; a new-car owner's (non-real-name) account only at the vehicle's office.
   * PP-10: an organisation's new vehicle by one of its registered agents, only at the organisation's own office.
   */
  private void requireMayActFor(Citizen citizen, NewVehicles.NewVehicle vehicle, VehicleOffices.Office office) {
    if (OwnerKind.ORGANISATION.name().equals(vehicle.ownerKind())) {
      Organisation organisation = organisations.actingFor(citizen.id(), vehicle.ownerIdNumber()).orElseThrow(
          () -> BusinessException.refused(PlateErrors.VEHICLE_NOT_ELIGIBLE,
              "只能为本人名下的新车，或本人登记为经办人的单位名下的新车预选号牌"));
      if (!organisation.officeCode().equals(office.code())) {
        throw BusinessException.refused(PlateErrors.ORGANISATION_OFFICE_ONLY, "单位用户只能在本单位登记地的%s预选号牌"
            .formatted(offices.get(organisation.officeCode()).name()));
      }
      return;
    }
    if (!OwnerKind.PERSON.name().equals(vehicle.ownerKind())
        || !vehicle.ownerIdNumber().equalsIgnoreCase(citizen.idNumber())) {
      throw BusinessException.refused(PlateErrors.VEHICLE_NOT_ELIGIBLE, "只能为本人名下的新车预选号牌");
    }
    if (!citizen.realName() && !office.code().equals(vehicle.officeCode())) {
      throw BusinessException.refused(PlateErrors.OFFICE_NOT_ALLOWED, "新车车主用户只能在车辆登记地的车辆管理所预选号牌");
    }
  }

  /** PP-1: a new small car, or a small or large new-energy vehicle. */
  private static PlateKind eligibleKind(NewVehicles.NewVehicle vehicle) {
    return switch (vehicle.vehicleKind().toUpperCase(Locale.ROOT)) {
      case "SMALL_CAR" -> PlateKind.ORDINARY_SMALL;
      case "SMALL_NEW_ENERGY" -> PlateKind.SMALL_NEW_ENERGY;
      case "LARGE_NEW_ENERGY" -> PlateKind.LARGE_NEW_ENERGY;
      default -> throw BusinessException.refused(PlateErrors.VEHICLE_NOT_ELIGIBLE, "该车型不能在网上预选号牌");
    };
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
