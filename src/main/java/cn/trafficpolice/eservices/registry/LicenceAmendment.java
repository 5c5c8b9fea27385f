package cn.trafficpolice.eservices.registry;

import java.time.LocalDate;
import java.util.Set;

/**
 * A change the licence registry reports, under its own change id: new class, validity or issuing authority
 * (EL-6: these void the e-licence), or new states or points (live data); null = unchanged.
 */
public record LicenceAmendment(String changeId, String licenceNumber, String licenceClass, LocalDate validUntil,
    String issuingAuthority, Set<LicenceState> states, Integer accumulatedPoints) {

  public boolean isEmpty() {
    return licenceClass == null && validUntil == null && issuingAuthority == null && states == null
        && accumulatedPoints == null;
  }

  /** The reported fields in one line, to tell a repeated report from another change under the same id. */
  public String content() {
    return "class=%s;validUntil=%s;authority=%s;states=%s;points=%s".formatted(licenceClass, validUntil,
        issuingAuthority, states == null ? null : LicenceState.letters(states), accumulatedPoints);
  }
}
