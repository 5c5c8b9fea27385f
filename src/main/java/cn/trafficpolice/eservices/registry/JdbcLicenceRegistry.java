package cn.trafficpolice.eservices.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The licence registry over the app's {@code driver_licence} table. */
@Repository
class JdbcLicenceRegistry implements LicenceRegistry {

  private static final RowMapper<DriverLicence> LICENCE = (rs, i) -> new DriverLicence(
      rs.getString("licence_number"), rs.getString("id_number"), rs.getString("holder_name"), rs.getString("sex"),
      rs.getObject("birth_date", LocalDate.class), rs.getString("nationality"), rs.getString("address"),
      rs.getObject("first_issue_date", LocalDate.class), rs.getString("licence_class"),
      rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
      LicenceState.parse(rs.getString("states")), rs.getInt("accumulated_points"),
      rs.getString("issuing_authority"), rs.getString("office_code"), rs.getString("file_number"),
      rs.getString("replaced_by_serial"));

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  JdbcLicenceRegistry(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  public Optional<DriverLicence> findByIdNumber(String idNumber) {
    return jdbc.sql("SELECT * FROM driver_licence WHERE id_number = :idNumber").param("idNumber", idNumber)
        .query(LICENCE).optional();
  }

  @Override
  public Optional<DriverLicence> findByLicenceNumber(String licenceNumber) {
    return jdbc.sql("SELECT * FROM driver_licence WHERE licence_number = :number").param("number", licenceNumber)
        .query(LICENCE).optional();
  }

  @Override
  public void markReplaced(String licenceNumber, String replacementSerial) {
    int updated = jdbc.sql("""
            UPDATE driver_licence SET replaced_by_serial = :serial, version = version + 1
            WHERE licence_number = :number
              AND (replaced_by_serial IS NULL OR replaced_by_serial <> :serial)""")
        .param("serial", replacementSerial).param("number", licenceNumber)
        .update();
    if (updated == 1) {
      events.publishEvent(new LicenceReplaced(licenceNumber, replacementSerial));
    }
  }

  /** The stand-in keeps the portraits as classpath resources named in {@code retained_photo}. */
  @Override
  public Optional<RetainedPhoto> retainedPhoto(String licenceNumber) {
    return jdbc.sql("""
            SELECT retained_photo, retained_photo_taken_on FROM driver_licence
            WHERE licence_number = :number AND retained_photo IS NOT NULL""")
        .param("number", licenceNumber)
        .query((rs, i) -> new RetainedPhoto(rs.getObject("retained_photo_taken_on", LocalDate.class), "image/jpeg",
            read(rs.getString("retained_photo"))))
        .optional();
  }

  @Override
  public Optional<LocalDate> medicalCheckDue(String licenceNumber) {
    return jdbc.sql("SELECT medical_check_due FROM driver_licence WHERE licence_number = :number")
        .param("number", licenceNumber).query(LocalDate.class).optional();
  }

  @Override
  public void amend(LicenceAmendment amendment) {
    DriverLicence before = findByLicenceNumber(amendment.licenceNumber())
        .orElseThrow(() -> new IllegalArgumentException("no licence " + amendment.licenceNumber()));
    jdbc.sql("""
            UPDATE driver_licence SET licence_class = COALESCE(:licenceClass, licence_class),
                   valid_until = COALESCE(:validUntil, valid_until),
                   issuing_authority = COALESCE(:authority, issuing_authority),
                   states = COALESCE(:states, states),
                   accumulated_points = COALESCE(:points, accumulated_points), version = version + 1
            WHERE licence_number = :number""")
        .param("licenceClass", amendment.licenceClass()).param("validUntil", amendment.validUntil())
        .param("authority", amendment.issuingAuthority())
        .param("states", amendment.states() == null ? null : LicenceState.letters(amendment.states()))
        .param("points", amendment.accumulatedPoints()).param("number", amendment.licenceNumber())
        .update();
    DriverLicence after = findByLicenceNumber(amendment.licenceNumber()).orElseThrow();
    events.publishEvent(new LicenceAmended(amendment.changeId(), before, after));
  }

  private static byte[] read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("retained photo " + resource + " unreadable", e);
    }
  }
}
