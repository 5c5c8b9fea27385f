package cn.trafficpolice.eservices.elicence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * EL-4: the e-licence as the citizen shows it — front and back page, live from the registry (EL-5) — with the
 * signed verification code of this moment and when that code stops verifying.
 */
public record ElectronicLicenceView(String elicenceNumber, Front front, Back back, String verificationCode,
    Instant verificationCodeExpiresAt) {

  public record Front(String name, String sex, LocalDate birthDate, String nationality, String licenceNumber,
      LocalDate firstIssueDate, String licenceClass, LocalDate validFrom, LocalDate validUntil,
      int accumulatedPoints, String states, String stateNames, OffsetDateTime generatedAt) {
  }

  public record Back(String address, String issuingAuthority, String fileNumber, String drivingRecord,
      List<String> licenceClassCodes) {
  }
}
