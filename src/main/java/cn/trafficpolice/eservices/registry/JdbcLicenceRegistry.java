package cn.trafficpolice.eservices.registry;

import java.time.LocalDate;
import java.util.Optional;
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

  JdbcLicenceRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
    jdbc.sql("""
            UPDATE driver_licence SET replaced_by_serial = :serial, version = version + 1
            WHERE licence_number = :number
              AND (replaced_by_serial IS NULL OR replaced_by_serial <> :serial)""")
        .param("serial", replacementSerial).param("number", licenceNumber)
        .update();
  }
}
