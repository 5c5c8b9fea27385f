package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * EL-1 and EL-7: may this licence have an e-licence today? Answers every reason that blocks it — the rollout,
 * the validity and each blocking state — so that the citizen learns them all at once.
 */
@Component
class LicenceEligibility {

  private final LicenceRegistry registry;
  private final LicenceStateDecision stateDecision;
  private final ElectronicLicenceStore store;
  private final ElectronicLicenceProperties properties;

  LicenceEligibility(LicenceRegistry registry, LicenceStateDecision stateDecision, ElectronicLicenceStore store,
      ElectronicLicenceProperties properties) {
    this.registry = registry;
    this.stateDecision = stateDecision;
    this.store = store;
    this.properties = properties;
  }

  /** @return every blocking reason, rollout first, then validity, then the states; empty when it may apply */
  List<BlockingReason> blockingReasons(DriverLicence licence, LocalDate today) {
    List<BlockingReason> reasons = new ArrayList<>();
    String city = store.cityOfOffice(licence.officeCode()).orElse("");
    if (today.isBefore(properties.rolloutFrom()) || !properties.rolloutCities().contains(city)) {
      reasons.add(new BlockingReason(ElectronicLicenceErrors.OUTSIDE_ROLLOUT,
          "驾驶证核发地（" + city + "）尚未开通电子驾驶证"));
    }
    if (licence.validUntil().isBefore(today)) {
      reasons.add(new BlockingReason(ElectronicLicenceErrors.LICENCE_EXPIRED,
          "驾驶证已超过有效期（" + licence.validUntil() + "）"));
    }
    stateDecision.blockingReasons(states(licence), medicalCheckOverdue(licence, today)).forEach(reason ->
        reasons.add(new BlockingReason(ElectronicLicenceErrors.LICENCE_STATE_BLOCKS, reason)));
    return reasons;
  }

  /** @throws EligibilityRefused naming every reason when the licence may not apply */
  void check(DriverLicence licence, LocalDate today) {
    List<BlockingReason> reasons = blockingReasons(licence, today);
    if (!reasons.isEmpty()) {
      throw new EligibilityRefused(reasons);
    }
  }

  static String states(DriverLicence licence) {
    return licence.states().stream().map(Enum::name).sorted().collect(Collectors.joining());
  }

  private boolean medicalCheckOverdue(DriverLicence licence, LocalDate today) {
    return registry.medicalCheckDue(licence.licenceNumber()).map(due -> due.isBefore(today)).orElse(false);
  }
}
