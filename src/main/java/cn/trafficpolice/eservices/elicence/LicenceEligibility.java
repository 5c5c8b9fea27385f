package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** EL-1 and EL-7: may this licence have an e-licence today? Every refusal names its reason. */
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

  /** @return the refusal, or empty when the licence may apply */
  Optional<BusinessException> refusal(DriverLicence licence, LocalDate today) {
    String city = store.cityOfOffice(licence.officeCode()).orElse("");
    if (today.isBefore(properties.rolloutFrom()) || !properties.rolloutCities().contains(city)) {
      return Optional.of(BusinessException.refused(ElectronicLicenceErrors.OUTSIDE_ROLLOUT,
          "您的驾驶证核发地（" + city + "）尚未开通电子驾驶证申领"));
    }
    if (licence.validUntil().isBefore(today)) {
      return Optional.of(BusinessException.refused(ElectronicLicenceErrors.LICENCE_EXPIRED,
          "驾驶证已超过有效期（" + licence.validUntil() + "），不能申领电子驾驶证"));
    }
    return stateDecision.refusal(states(licence), medicalCheckOverdue(licence, today))
        .map(reason -> BusinessException.refused(ElectronicLicenceErrors.LICENCE_STATE_BLOCKS,
            reason + "，不能申领电子驾驶证"));
  }

  void check(DriverLicence licence, LocalDate today) {
    Optional<BusinessException> refusal = refusal(licence, today);
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }

  static String states(DriverLicence licence) {
    return licence.states().stream().map(Enum::name).sorted().collect(Collectors.joining());
  }

  boolean medicalCheckOverdue(DriverLicence licence, LocalDate today) {
    return registry.medicalCheckDue(licence.licenceNumber()).map(due -> due.isBefore(today)).orElse(false);
  }
}
