package cn.trafficpolice.eservices.registry;

import java.time.LocalDate;
import java.util.Optional;

/** The driver licence registry (an outside system; in-app stand-in {@link JdbcLicenceRegistry}). */
public interface LicenceRegistry {

  Optional<DriverLicence> findByIdNumber(String idNumber);

  Optional<DriverLicence> findByLicenceNumber(String licenceNumber);

  /**
   * Voids the physical licence document: a replacement, issued by the given application, takes its place.
   * Idempotent: recording the same application again changes nothing. Publishes {@link LicenceReplaced} in the
   * caller's transaction when the document became void.
   */
  void markReplaced(String licenceNumber, String replacementSerial);

  /** The portrait the registry keeps from the holder's last counter visit, if any, with the day it was taken. */
  Optional<RetainedPhoto> retainedPhoto(String licenceNumber);

  /** The day the holder's deferred medical check (state P) falls due, if the registry records one. */
  Optional<LocalDate> medicalCheckDue(String licenceNumber);

  /**
   * Records a change of licence class, validity, issuing authority, states or points, and publishes
   * {@link LicenceAmended} in the caller's transaction. Fields left null are unchanged.
   */
  void amend(LicenceAmendment amendment);
}
