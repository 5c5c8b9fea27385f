package cn.trafficpolice.eservices.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The household registry over the app's {@code household_record} table. */
@Repository
class JdbcHouseholdRegistry implements HouseholdRegistry {

  private static final RowMapper<HouseholdRecord> RECORD = (rs, i) -> new HouseholdRecord(
      rs.getString("id_number"), rs.getString("name"), rs.getString("sex"), rs.getString("ethnicity"),
      rs.getObject("birth_date", LocalDate.class), rs.getString("address"), rs.getString("police_station"),
      rs.getBoolean("fingerprints_collected"), rs.getObject("fingerprints_taken_on", LocalDate.class),
      rs.getObject("card_photo_taken_on", LocalDate.class), rs.getObject("card_valid_until", LocalDate.class),
      rs.getObject("household_changed_on", LocalDate.class),
      rs.getObject("last_card_application_on", LocalDate.class), rs.getBoolean("remote_area"));

  private final JdbcClient jdbc;

  JdbcHouseholdRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<HouseholdRecord> findByIdNumber(String idNumber) {
    return jdbc.sql("SELECT * FROM household_record WHERE id_number = :idNumber").param("idNumber", idNumber)
        .query(RECORD).optional();
  }

  @Override
  public List<String> policeStations() {
    return jdbc.sql("SELECT DISTINCT police_station FROM household_record ORDER BY police_station")
        .query(String.class).list();
  }
}
