package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.plate.PlateConflicts.ConflictKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PlateAppealStore {

  private static final RowMapper<PlateAppeal> APPEAL = (rs, i) -> new PlateAppeal(rs.getLong("id"),
      rs.getString("serial_number"), rs.getLong("citizen_id"), rs.getString("vin"),
      ConflictKind.valueOf(rs.getString("conflict")), rs.getObject("blocking_selection_id", Long.class),
      rs.getLong("identity_photo_id"), rs.getLong("invoice_photo_id"), AppealStatus.valueOf(rs.getString("status")),
      rs.getString("rejection_reason"), rs.getObject("submitted_at", OffsetDateTime.class),
      rs.getObject("decided_at", OffsetDateTime.class));

  private final JdbcClient jdbc;

  PlateAppealStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String serial, long citizenId, String vin, ConflictKind conflict, Long blockingSelectionId,
      long identityPhotoId, long invoicePhotoId, OffsetDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO plate_appeal (serial_number, citizen_id, vin, conflict, blocking_selection_id,
                                      identity_photo_id, invoice_photo_id, status, submitted_at)
            VALUES (:serial, :citizenId, :vin, :conflict, :blocking, :identity, :invoice, 'IN_REVIEW', :now)""")
        .param("serial", serial).param("citizenId", citizenId).param("vin", vin).param("conflict", conflict.name())
        .param("blocking", blockingSelectionId).param("identity", identityPhotoId).param("invoice", invoicePhotoId)
        .param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<PlateAppeal> find(long id) {
    return jdbc.sql("SELECT * FROM plate_appeal WHERE id = :id").param("id", id).query(APPEAL).optional();
  }

  Optional<PlateAppeal> findBySerial(String serial) {
    return jdbc.sql("SELECT * FROM plate_appeal WHERE serial_number = :serial").param("serial", serial)
        .query(APPEAL).optional();
  }

  List<PlateAppeal> ofCitizen(long citizenId) {
    return jdbc.sql("SELECT * FROM plate_appeal WHERE citizen_id = :citizenId ORDER BY submitted_at DESC, id DESC")
        .param("citizenId", citizenId).query(APPEAL).list();
  }

  /** Only an appeal in review is decided, once. */
  boolean decide(long id, AppealStatus status, String reason, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE plate_appeal SET status = :status, rejection_reason = :reason, decided_at = :now
            WHERE id = :id AND status = 'IN_REVIEW'""")
        .param("status", status.name()).param("reason", reason).param("now", now).param("id", id).update() == 1;
  }
}
