package cn.trafficpolice.eservices.elicence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code elicence_application} and {@code electronic_licence}; every state change is a guarded update. */
@Repository
class ElectronicLicenceStore {

  private static final RowMapper<LicenceApplication> APPLICATION = (rs, i) -> new LicenceApplication(
      rs.getString("serial_number"), rs.getLong("citizen_id"), rs.getString("licence_number"),
      PhotoSource.valueOf(rs.getString("photo_source")), rs.getObject("photo_id", Long.class),
      ApplicationState.valueOf(rs.getString("status")), rs.getInt("rejections"),
      rs.getString("rejection_reason") == null ? null : PhotoRejectionReason.valueOf(rs.getString("rejection_reason")),
      rs.getString("review_note"), rs.getObject("submitted_at", OffsetDateTime.class),
      rs.getObject("updated_at", OffsetDateTime.class));

  private static final RowMapper<ElectronicLicence> LICENCE = (rs, i) -> new ElectronicLicence(rs.getLong("id"),
      rs.getString("elicence_number"), rs.getString("serial_number"), rs.getLong("citizen_id"),
      rs.getString("licence_number"), rs.getLong("photo_id"), rs.getString("licence_class"),
      rs.getObject("valid_until", LocalDate.class), rs.getString("issuing_authority"),
      ElectronicLicence.Status.valueOf(rs.getString("status")), rs.getObject("generated_at", OffsetDateTime.class),
      rs.getObject("ended_at", OffsetDateTime.class), rs.getString("end_reason"));

  private final JdbcClient jdbc;

  ElectronicLicenceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> cityOfOffice(String officeCode) {
    return jdbc.sql("SELECT city FROM vehicle_office WHERE code = :code").param("code", officeCode)
        .query(String.class).optional();
  }

  void insertApplication(String serial, long citizenId, String licenceNumber, PhotoSource source, long photoId,
      ApplicationState state, OffsetDateTime now) {
    jdbc.sql("""
            INSERT INTO elicence_application (serial_number, citizen_id, licence_number, photo_source, photo_id,
                                              status, submitted_at, updated_at)
            VALUES (:serial, :citizen, :licence, :source, :photo, :status, :now, :now)""")
        .param("serial", serial).param("citizen", citizenId).param("licence", licenceNumber)
        .param("source", source.name()).param("photo", photoId).param("status", state.name()).param("now", now)
        .update();
  }

  Optional<LicenceApplication> application(String serial) {
    return jdbc.sql("SELECT * FROM elicence_application WHERE serial_number = :serial").param("serial", serial)
        .query(APPLICATION).optional();
  }

  /** @return false unless the application was waiting for a new photo */
  boolean attachNewPhoto(String serial, long photoId, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE elicence_application SET photo_id = :photo, status = 'IN_REVIEW', updated_at = :now
            WHERE serial_number = :serial AND status = 'PHOTO_REJECTED'""")
        .param("photo", photoId).param("now", now).param("serial", serial).update() == 1;
  }

  /** @return false when the rejection was already recorded (a repeated job) */
  boolean recordRejection(String serial, PhotoRejectionReason reason, String note, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE elicence_application SET status = 'PHOTO_REJECTED', rejections = rejections + 1,
                   rejection_reason = :reason, review_note = :note, updated_at = :now
            WHERE serial_number = :serial AND status = 'IN_REVIEW'""")
        .param("reason", reason.name()).param("note", note).param("now", now).param("serial", serial)
        .update() == 1;
  }

  /** Moves the application to a final state; false when it was already there. */
  boolean finish(String serial, ApplicationState state, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE elicence_application SET status = :status, updated_at = :now
            WHERE serial_number = :serial AND status <> :status""")
        .param("status", state.name()).param("now", now).param("serial", serial).update() == 1;
  }

  Optional<ElectronicLicence> licenceOfApplication(String serial) {
    return jdbc.sql("SELECT * FROM electronic_licence WHERE serial_number = :serial").param("serial", serial)
        .query(LICENCE).optional();
  }

  Optional<ElectronicLicence> licenceByNumber(String elicenceNumber) {
    return jdbc.sql("SELECT * FROM electronic_licence WHERE elicence_number = :number")
        .param("number", elicenceNumber).query(LICENCE).optional();
  }

  Optional<ElectronicLicence> activeOfCitizen(long citizenId) {
    return jdbc.sql("SELECT * FROM electronic_licence WHERE citizen_id = :citizen AND status = 'ACTIVE'")
        .param("citizen", citizenId).query(LICENCE).optional();
  }

  Optional<ElectronicLicence> activeOfLicence(String licenceNumber) {
    return jdbc.sql("SELECT * FROM electronic_licence WHERE licence_number = :licence AND status = 'ACTIVE'")
        .param("licence", licenceNumber).query(LICENCE).optional();
  }

  void insertLicence(ElectronicLicence l) {
    jdbc.sql("""
            INSERT INTO electronic_licence (elicence_number, serial_number, citizen_id, licence_number, photo_id,
                                            licence_class, valid_until, issuing_authority, status, generated_at)
            VALUES (:number, :serial, :citizen, :licence, :photo, :licenceClass, :validUntil, :authority,
                    'ACTIVE', :now)""")
        .param("number", l.elicenceNumber()).param("serial", l.serialNumber()).param("citizen", l.citizenId())
        .param("licence", l.licenceNumber()).param("photo", l.photoId()).param("licenceClass", l.licenceClass())
        .param("validUntil", l.validUntil()).param("authority", l.issuingAuthority()).param("now", l.generatedAt())
        .update();
  }

  /** Ends the licence's active e-licence, if any; returns how many were ended (0 or 1). */
  int endActive(String licenceNumber, ElectronicLicence.Status status, String reason, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE electronic_licence SET status = :status, ended_at = :now, end_reason = :reason
            WHERE licence_number = :licence AND status = 'ACTIVE'""")
        .param("status", status.name()).param("now", now).param("reason", reason).param("licence", licenceNumber)
        .update();
  }
}
