package cn.trafficpolice.eservices.registry;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A driver licence as the licence registry holds it. {@code replacedBySerial}: the application that replaced the
 * physical document (its original is void), if any.
 */
public record DriverLicence(String licenceNumber, String idNumber, String holderName, String sex,
    LocalDate birthDate, String nationality, String address, LocalDate firstIssueDate, String licenceClass,
    LocalDate validFrom, LocalDate validUntil, Set<LicenceState> states, int accumulatedPoints,
    String issuingAuthority, String officeCode, String fileNumber, String replacedBySerial) {

  /** The first of the given states this licence is in, in the enum's order. */
  public Optional<LicenceState> firstStateOf(Set<LicenceState> wanted) {
    return states.stream().filter(wanted::contains).sorted().findFirst();
  }
}
