package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceCodes.SignedCode;
import cn.trafficpolice.eservices.elicence.VerificationRecords.HolderVerification;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import cn.trafficpolice.eservices.registry.LicenceState;
import cn.trafficpolice.eservices.verifier.Verifier;
import cn.trafficpolice.eservices.verifier.VerifierKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EL-5: a verifier organisation checks a scanned code online: the signature, its age (a screenshot fails once the
 * code is older than the configured validity), that the e-licence is still in force (not replaced by a newer one,
 * not voided by a registry change or by a licence replacement, LL-7), and the live state, validity and points
 * from the registry (EL-1: a blocking state fails while it lasts). Every attempt is recorded.
 */
@Service
public class ElectronicLicenceVerification {

  private static final Logger log = LoggerFactory.getLogger(ElectronicLicenceVerification.class);

  private final ElectronicLicenceCodes codes;
  private final ElectronicLicenceStore store;
  private final LicenceRegistry registry;
  private final LicenceStateDecision stateDecision;
  private final VerificationRecords records;
  private final ElectronicLicenceProperties properties;
  private final Clock clock;

  ElectronicLicenceVerification(ElectronicLicenceCodes codes, ElectronicLicenceStore store, LicenceRegistry registry,
      LicenceStateDecision stateDecision, VerificationRecords records, ElectronicLicenceProperties properties,
      Clock clock) {
    this.codes = codes;
    this.store = store;
    this.registry = registry;
    this.stateDecision = stateDecision;
    this.records = records;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional
  public Verification verify(Verifier verifier, String code) {
    Checked checked = check(code);
    records.insert(verifier.id(), OffsetDateTime.now(clock), checked.outcome(), checked.licence(),
        checked.generatedAt());
    log.info("E-licence {} verified by {}: {}", checked.licence() == null ? "?" : checked.licence().elicenceNumber(),
        verifier.username(), checked.outcome());
    return checked.answer(verifier.kind());
  }

  /** The verifications of the citizen's e-licences, newest first: who verified, and when. */
  @Transactional(readOnly = true)
  public List<HolderVerification> ofHolder(long citizenId) {
    return records.ofHolder(citizenId);
  }

  private Checked check(String code) {
    Optional<SignedCode> signed = codes.verify(code);
    if (signed.isEmpty()) {
      return Checked.refused(Outcome.INVALID_SIGNATURE, "二维码无效：签名校验未通过，可能被伪造或篡改", null, null);
    }
    Instant generatedAt = signed.get().generatedAt();
    ElectronicLicence licence = store.licenceByNumber(signed.get().elicenceNumber()).orElse(null);
    // the signature vouches for the number: an ended e-licence is told as such even from an old screenshot
    if (licence != null && licence.status() == ElectronicLicence.Status.LICENCE_VOID) {
      return Checked.refused(Outcome.LICENCE_VOID, "该驾驶证已补领，原证作废，请持证人出示补领后的驾驶证", generatedAt,
          licence);
    }
    if (licence == null || licence.status() != ElectronicLicence.Status.ACTIVE) {
      return Checked.refused(Outcome.REVOKED, "该电子驾驶证已失效", generatedAt, licence);
    }
    Instant now = clock.instant();
    if (generatedAt.plus(properties.codeValidity()).isBefore(now) || generatedAt.isAfter(now.plusSeconds(60))) {
      return Checked.refused(Outcome.EXPIRED, "二维码已过期，请持证人刷新电子驾驶证后重新出示", generatedAt, licence);
    }
    DriverLicence live = registry.findByLicenceNumber(licence.licenceNumber()).orElseThrow();
    return notInForce(live)
        .map(reason -> new Checked(Outcome.LICENCE_NOT_IN_FORCE, reason, generatedAt, licence, live))
        .orElseGet(() -> new Checked(Outcome.VALID, "电子驾驶证有效", generatedAt, licence, live));
  }

  /** EL-1 applied to the live licence: out of validity, or a state that does not allow driving on it. */
  private Optional<String> notInForce(DriverLicence live) {
    LocalDate today = LocalDate.now(clock);
    if (live.validUntil().isBefore(today)) {
      return Optional.of("驾驶证已超过有效期（" + live.validUntil() + "）");
    }
    boolean medicalCheckOverdue = registry.medicalCheckDue(live.licenceNumber())
        .map(due -> due.isBefore(today)).orElse(false);
    List<String> reasons = stateDecision.blockingReasons(LicenceEligibility.states(live), medicalCheckOverdue);
    return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("；", reasons) + "，电子驾驶证核验不通过");
  }

  public enum Outcome {
    VALID("核验通过"),
    INVALID_SIGNATURE("签名无效"),
    EXPIRED("二维码已过期"),
    REVOKED("电子驾驶证已失效"),
    /** LL-7: the licence was replaced; the original (and its e-licence) is void. */
    LICENCE_VOID("原驾驶证已作废"),
    /** EL-1: out of validity, or in a state that blocks, while it lasts. */
    LICENCE_NOT_IN_FORCE("驾驶证状态不允许");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * What the verifier is told; the licence's live data only when the e-licence is in force. The police see the
   * licence number in full, insurers and rental companies masked.
   */
  public record Verification(boolean valid, Outcome outcome, String message, Instant generatedAt, String holderName,
      String licenceNumber, String licenceClass, LocalDate validUntil, String states, String stateNames,
      Integer accumulatedPoints) {
  }

  private record Checked(Outcome outcome, String message, Instant generatedAt, ElectronicLicence licence,
      DriverLicence live) {

    static Checked refused(Outcome outcome, String message, Instant generatedAt, ElectronicLicence licence) {
      return new Checked(outcome, message, generatedAt, licence, null);
    }

    Verification answer(VerifierKind kind) {
      if (live == null) {
        return new Verification(false, outcome, message, generatedAt, null, null, null, null, null, null, null);
      }
      String number = kind == VerifierKind.POLICE ? live.licenceNumber() : Mask.idNumber(live.licenceNumber());
      return new Verification(outcome == Outcome.VALID, outcome, message, generatedAt, live.holderName(), number,
          live.licenceClass(), live.validUntil(), LicenceEligibility.states(live),
          live.states().stream().sorted().map(LicenceState::label).collect(Collectors.joining("、")),
          live.accumulatedPoints());
    }
  }
}
