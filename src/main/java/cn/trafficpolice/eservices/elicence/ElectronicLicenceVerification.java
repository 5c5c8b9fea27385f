package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceCodes.SignedCode;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import cn.trafficpolice.eservices.registry.LicenceState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EL-5: a verifier (police, insurer, rental company) checks a scanned code online: the signature, its age (a
 * screenshot fails once the code is older than the configured validity), that the e-licence is still in force,
 * and the live state and points from the registry.
 */
@Service
public class ElectronicLicenceVerification {

  private static final Logger log = LoggerFactory.getLogger(ElectronicLicenceVerification.class);

  private final ElectronicLicenceCodes codes;
  private final ElectronicLicenceStore store;
  private final LicenceRegistry registry;
  private final ElectronicLicenceProperties properties;
  private final Clock clock;

  ElectronicLicenceVerification(ElectronicLicenceCodes codes, ElectronicLicenceStore store, LicenceRegistry registry,
      ElectronicLicenceProperties properties, Clock clock) {
    this.codes = codes;
    this.store = store;
    this.registry = registry;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Verification verify(String code) {
    Optional<SignedCode> signed = codes.verify(code);
    if (signed.isEmpty()) {
      return refused(Outcome.INVALID_SIGNATURE, "二维码无效：签名校验未通过，可能被伪造或篡改", null);
    }
    Instant generatedAt = signed.get().generatedAt();
    Instant now = clock.instant();
    if (generatedAt.plus(properties.codeValidity()).isBefore(now) || generatedAt.isAfter(now.plusSeconds(60))) {
      return refused(Outcome.EXPIRED, "二维码已过期，请持证人刷新电子驾驶证后重新出示", generatedAt);
    }
    Optional<ElectronicLicence> licence = store.licenceByNumber(signed.get().elicenceNumber());
    if (licence.isEmpty() || licence.get().status() != ElectronicLicence.Status.ACTIVE) {
      return refused(Outcome.REVOKED, "该电子驾驶证已失效", generatedAt);
    }
    DriverLicence live = registry.findByLicenceNumber(licence.get().licenceNumber()).orElseThrow();
    log.info("E-licence {} verified", licence.get().elicenceNumber());
    return new Verification(true, Outcome.VALID, "电子驾驶证有效", generatedAt, live.holderName(),
        Mask.idNumber(live.licenceNumber()), live.licenceClass(), live.validUntil(),
        live.states().stream().map(Enum::name).sorted().collect(Collectors.joining()),
        live.states().stream().sorted().map(LicenceState::label).collect(Collectors.joining("、")),
        live.accumulatedPoints());
  }

  private static Verification refused(Outcome outcome, String message, Instant generatedAt) {
    return new Verification(false, outcome, message, generatedAt, null, null, null, null, null, null, null);
  }

  public enum Outcome { VALID, INVALID_SIGNATURE, EXPIRED, REVOKED }

  /** What the verifier is told; the licence data only for a valid code. */
  public record Verification(boolean valid, Outcome outcome, String message, Instant generatedAt, String holderName,
      String licenceNumber, String licenceClass, LocalDate validUntil, String states, String stateNames,
      Integer accumulatedPoints) {
  }
}
