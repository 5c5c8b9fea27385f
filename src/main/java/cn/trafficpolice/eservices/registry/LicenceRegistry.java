package cn.trafficpolice.eservices.registry;

import java.util.Optional;

/** The driver licence registry (an outside system; in-app stand-in {@link JdbcLicenceRegistry}). */
public interface LicenceRegistry {

  Optional<DriverLicence> findByIdNumber(String idNumber);

  Optional<DriverLicence> findByLicenceNumber(String licenceNumber);

  /**
   * Voids the physical licence document: a replacement, issued by the given application, takes its place.
   * Idempotent: recording the same application again changes nothing.
   */
  void markReplaced(String licenceNumber, String replacementSerial);
}
