package cn.trafficpolice.eservices.elicence;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An issued e-licence: its number, the application and photo it came from, and what it was issued against. */
public record ElectronicLicence(long id, String elicenceNumber, String serialNumber, long citizenId,
    String licenceNumber, long photoId, String licenceClass, LocalDate validUntil, String issuingAuthority,
    Status status, OffsetDateTime generatedAt, OffsetDateTime endedAt, String endReason) {

  public enum Status {
    ACTIVE,
    /** A newer e-licence (e.g. after a photo change) took its place. */
    SUPERSEDED,
    /** EL-6: the registry changed class, validity or issuing authority; the citizen must apply again. */
    INVALIDATED,
    /** LL-7: the licence was replaced after a loss; the original and its e-licence are void. */
    LICENCE_VOID
  }
}
