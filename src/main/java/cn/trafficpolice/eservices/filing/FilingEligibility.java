package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.registry.OwnerKind;
import cn.trafficpolice.eservices.registry.RegisteredVehicle;
import java.util.Set;
import org.springframework.stereotype.Component;

/** NF-2: which vehicles may be filed, and the limits on filings per filer and per vehicle. */
@Component
class FilingEligibility {

  private static final Set<String> FILEABLE_PLATE_TYPES = Set.of(RegisteredVehicle.PLATE_TYPE_SMALL_CAR,
      RegisteredVehicle.PLATE_TYPE_SMALL_NEW_ENERGY);

  private final VehicleFilingStore store;
  private final FilingProperties properties;

  FilingEligibility(VehicleFilingStore store, FilingProperties properties) {
    this.store = store;
    this.properties = properties;
  }

  void checkVehicle(Citizen filer, RegisteredVehicle vehicle) {
    if (vehicle.ownedBy(filer.idNumber())) {
      throw BusinessException.refused(FilingErrors.OWN_VEHICLE, "该机动车登记在您本人名下，无需备案");
    }
    checkFileable(vehicle);
  }

  void checkFileable(RegisteredVehicle vehicle) {
    if (!fileable(vehicle)) {
      throw BusinessException.refused(FilingErrors.VEHICLE_NOT_ELIGIBLE,
          "仅可备案个人或单位名下的非营运小型汽车和小型新能源汽车");
    }
  }

  boolean fileable(RegisteredVehicle vehicle) {
    boolean ownerAccepted = vehicle.ownerKind() == OwnerKind.PERSON || vehicle.ownerKind() == OwnerKind.ORGANISATION;
    return FILEABLE_PLATE_TYPES.contains(vehicle.plateType()) && vehicle.nonCommercial() && ownerAccepted;
  }

  /**
   * Counts active filings, pending ones included, so that approvals can never exceed a limit. Exact only while
   * the caller holds {@link VehicleFilingStore#lockVehicleAndFiler}; without it, an early answer for the citizen.
   */
  void checkLimits(Citizen filer, RegisteredVehicle vehicle) {
    if (store.activeExists(vehicle.vin(), filer.id())) {
      throw BusinessException.conflict(FilingErrors.ALREADY_FILED, "您已备案或正在备案该机动车");
    }
    if (store.countActiveOfFiler(filer.id()) >= properties.maxVehiclesPerFiler()) {
      throw BusinessException.refused(FilingErrors.FILING_LIMIT_REACHED,
          "每人最多备案" + properties.maxVehiclesPerFiler() + "辆非本人机动车，请先解除其他备案");
    }
    if (store.countActiveOfVehicle(vehicle.vin()) >= properties.maxFilersPerVehicle()) {
      throw BusinessException.refused(FilingErrors.VEHICLE_FILERS_LIMIT_REACHED,
          "该机动车已被" + properties.maxFilersPerVehicle() + "人备案，不能再备案");
    }
  }
}
