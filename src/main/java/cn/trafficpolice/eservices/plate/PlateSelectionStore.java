package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.validation.PlateKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Table {@code plate_selection}. Every state change is a guarded update whose row count tells who won. */
@Repository
class PlateSelectionStore {

  private static final RowMapper<PlateSelection> SELECTION = (rs, i) -> new PlateSelection(rs.getLong("id"),
      rs.getString("vin"), (Long) rs.getObject("citizen_id", Long.class), rs.getString("office_code"),
      PlateKind.valueOf(rs.getString("plate_kind")), rs.getString("holder_ref"), rs.getInt("self_composed_left"),
      rs.getInt("random_batches_left"), SelectionStatus.valueOf(rs.getString("status")),
      rs.getObject("verified_at", OffsetDateTime.class), rs.getString("plate_number"),
      rs.getString("serial_number"), rs.getObject("created_at", OffsetDateTime.class),
      rs.getObject("selected_at", OffsetDateTime.class), rs.getObject("valid_until", OffsetDateTime.class));

  private final JdbcClient jdbc;

  PlateSelectionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String vin, long citizenId, String officeCode, PlateKind kind, String holderRef, int selfComposed,
      int randomBatches, OffsetDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO plate_selection (vin, open_vin, citizen_id, office_code, plate_kind, holder_ref,
                                         self_composed_left, random_batches_left, status, created_at)
            VALUES (:vin, :vin, :citizenId, :office, :kind, :holder, :selfComposed, :random, 'SELECTING', :now)""")
        .param("vin", vin).param("citizenId", citizenId).param("office", officeCode).param("kind", kind.name())
        .param("holder", holderRef).param("selfComposed", selfComposed).param("random", randomBatches)
        .param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<PlateSelection> find(long id) {
    return jdbc.sql("SELECT * FROM plate_selection WHERE id = :id").param("id", id).query(SELECTION).optional();
  }

  Optional<PlateSelection> findBySerial(String serial) {
    return jdbc.sql("SELECT * FROM plate_selection WHERE serial_number = :serial").param("serial", serial)
        .query(SELECTION).optional();
  }

  /** The record that blocks the vehicle now (PP-9), whoever made it. */
  Optional<PlateSelection> openFor(String vin) {
    return jdbc.sql("SELECT * FROM plate_selection WHERE open_vin = :vin").param("vin", vin).query(SELECTION)
        .optional();
  }

  List<PlateSelection> ofCitizen(long citizenId) {
    return jdbc.sql("SELECT * FROM plate_selection WHERE citizen_id = :citizenId ORDER BY created_at DESC, id DESC")
        .param("citizenId", citizenId).query(SELECTION).list();
  }

  void changeOffice(long id, String officeCode) {
    jdbc.sql("UPDATE plate_selection SET office_code = :office WHERE id = :id AND status = 'SELECTING'")
        .param("office", officeCode).param("id", id).update();
  }

  void verified(long id, OffsetDateTime now) {
    jdbc.sql("UPDATE plate_selection SET verified_at = :now WHERE id = :id").param("now", now).param("id", id)
        .update();
  }

  /** PP-4: spends {@code n} self-composed chances, never below zero. */
  boolean spendSelfComposed(long id, int n) {
    return jdbc.sql("""
            UPDATE plate_selection SET self_composed_left = self_composed_left - :n
            WHERE id = :id AND status = 'SELECTING' AND self_composed_left >= :n""")
        .param("n", n).param("id", id).update() == 1;
  }

  /** PP-5: spends one random batch, never below zero. */
  boolean spendRandomBatch(long id) {
    return jdbc.sql("""
            UPDATE plate_selection SET random_batches_left = random_batches_left - 1
            WHERE id = :id AND status = 'SELECTING' AND random_batches_left > 0""")
        .param("id", id).update() == 1;
  }

  /** Only a selection still selecting becomes selected: one plate per vehicle, whatever runs in parallel. */
  boolean select(long id, String plate, String serial, OffsetDateTime now, OffsetDateTime validUntil) {
    return jdbc.sql("""
            UPDATE plate_selection SET status = 'SELECTED', plate_number = :plate, serial_number = :serial,
                   selected_at = :now, valid_until = :validUntil
            WHERE id = :id AND status = 'SELECTING'""")
        .param("plate", plate).param("serial", serial).param("now", now).param("validUntil", validUntil)
        .param("id", id).update() == 1;
  }

  /** SH-4: a loaded notice moved the validity of a selection still waiting for confirmation. */
  boolean moveValidity(String serial, OffsetDateTime validUntil) {
    return jdbc.sql("UPDATE plate_selection SET valid_until = :validUntil WHERE serial_number = :serial "
            + "AND status = 'SELECTED'")
        .param("validUntil", validUntil).param("serial", serial).update() == 1;
  }

  boolean confirm(long id, OffsetDateTime now) {
    return end(id, SelectionStatus.CONFIRMED, false, now);
  }

  /** The vehicle is free again; the citizen is blacklisted instead (PP-7). */
  boolean expire(long id, OffsetDateTime now) {
    return end(id, SelectionStatus.EXPIRED, true, now);
  }

  /** PA-3: the record no longer blocks the vehicle. */
  boolean clear(long id, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE plate_selection SET status = 'CLEARED', open_vin = NULL, ended_at = :now
            WHERE id = :id AND status IN ('SELECTING', 'SELECTED', 'CONFIRMED')""")
        .param("now", now).param("id", id).update() == 1;
  }

  private boolean end(long id, SelectionStatus status, boolean freeVin, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE plate_selection SET status = :status, ended_at = :now,
                   open_vin = CASE WHEN :freeVin THEN NULL ELSE open_vin END
            WHERE id = :id AND status = 'SELECTED'""")
        .param("status", status.name()).param("now", now).param("freeVin", freeVin).param("id", id)
        .update() == 1;
  }
}
