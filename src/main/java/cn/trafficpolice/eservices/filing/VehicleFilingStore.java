package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.realperson.RealPersonResult;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class VehicleFilingStore {

  private static final RowMapper<VehicleFiling> FILING = (rs, i) -> new VehicleFiling(rs.getLong("id"),
      rs.getString("serial_number"), rs.getString("vin"), rs.getLong("filer_id"),
      FilerRelation.valueOf(rs.getString("relation")), FilingWay.valueOf(rs.getString("way")),
      RealPersonResult.valueOf(rs.getString("real_person")), FilingStatus.valueOf(rs.getString("status")),
      rs.getObject("photo_id", Long.class), enumOrNull(RejectionReason.class, rs.getString("rejection_reason")),
      rs.getString("review_note"), rs.getObject("submitted_at", OffsetDateTime.class),
      rs.getObject("approved_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
      enumOrNull(Party.class, rs.getString("ended_by")));

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  VehicleFilingStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Locks the vehicle's and the filer's rows until the caller's transaction ends, always in this order, so that
   * concurrent filings of one vehicle or by one filer count and insert one after the other.
   */
  void lockVehicleAndFiler(String vin, long filerId) {
    lock("vehicle:" + vin);
    lock("filer:" + filerId);
  }

  /**
   * Records the QR token as used, in the caller's transaction. A concurrent use of the same token blocks on the
   * primary key until the first filing ends: its commit refuses the second, its rollback lets it through.
   *
   * @return false when the token was already used
   */
  boolean useQrToken(String tokenId, String vin, OffsetDateTime now) {
    try {
      return jdbc.sql("INSERT INTO filing_qr_token_use (token_id, vin, used_at) VALUES (:token, :vin, :now)")
          .param("token", tokenId).param("vin", vin).param("now", now).update() == 1;
    } catch (DuplicateKeyException usedBefore) {
      return false;
    }
  }

  long insert(String serial, String vin, long filerId, FilerRelation relation, FilingWay way,
      RealPersonResult realPerson, FilingStatus status, OffsetDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO vehicle_filing (serial_number, vin, filer_id, relation, way, real_person, status,
                                        submitted_at)
            VALUES (:serial, :vin, :filer, :relation, :way, :realPerson, :status, :now)""")
        .param("serial", serial).param("vin", vin).param("filer", filerId).param("relation", relation.name())
        .param("way", way.name()).param("realPerson", realPerson.name()).param("status", status.name())
        .param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<VehicleFiling> find(long id) {
    return jdbc.sql("SELECT * FROM vehicle_filing WHERE id = :id").param("id", id).query(FILING).optional();
  }

  Optional<VehicleFiling> findBySerial(String serial) {
    return jdbc.sql("SELECT * FROM vehicle_filing WHERE serial_number = :serial").param("serial", serial)
        .query(FILING).optional();
  }

  int countActiveOfFiler(long filerId) {
    return jdbc.sql("SELECT COUNT(*) FROM vehicle_filing WHERE filer_id = :filer AND status IN (:active)")
        .param("filer", filerId).param("active", FilingStatus.ACTIVE).query(Integer.class).single();
  }

  int countActiveOfVehicle(String vin) {
    return jdbc.sql("SELECT COUNT(*) FROM vehicle_filing WHERE vin = :vin AND status IN (:active)")
        .param("vin", vin).param("active", FilingStatus.ACTIVE).query(Integer.class).single();
  }

  boolean activeExists(String vin, long filerId) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM vehicle_filing WHERE vin = :vin AND filer_id = :filer AND status IN (:active)""")
        .param("vin", vin).param("filer", filerId).param("active", FilingStatus.ACTIVE)
        .query(Integer.class).single() > 0;
  }

  /** @return false unless the filing was waiting for its photo */
  boolean attachPhoto(long id, long photoId) {
    return jdbc.sql("""
            UPDATE vehicle_filing SET photo_id = :photo, status = 'IN_REVIEW'
            WHERE id = :id AND status = 'AWAITING_PHOTO'""")
        .param("photo", photoId).param("id", id).update() == 1;
  }

  boolean approve(long id, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE vehicle_filing SET status = 'APPROVED', approved_at = :now
            WHERE id = :id AND status IN ('AWAITING_APPROVAL', 'IN_REVIEW')""")
        .param("now", now).param("id", id).update() == 1;
  }

  boolean reject(long id, RejectionReason reason, String note, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE vehicle_filing SET status = 'REJECTED', rejection_reason = :reason, review_note = :note,
                   ended_at = :now
            WHERE id = :id AND status = 'IN_REVIEW'""")
        .param("reason", reason.name()).param("note", note).param("now", now).param("id", id).update() == 1;
  }

  boolean lapse(long id, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE vehicle_filing SET status = 'LAPSED', ended_at = :now
            WHERE id = :id AND status = 'AWAITING_PHOTO'""")
        .param("now", now).param("id", id).update() == 1;
  }

  boolean unbind(long id, Party by, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE vehicle_filing SET status = 'UNBOUND', ended_by = :by, ended_at = :now
            WHERE id = :id AND status = 'APPROVED'""")
        .param("by", by.name()).param("now", now).param("id", id).update() == 1;
  }

  List<VehicleFiling> ofFiler(long filerId) {
    return jdbc.sql("SELECT * FROM vehicle_filing WHERE filer_id = :filer ORDER BY submitted_at DESC, id DESC")
        .param("filer", filerId).query(FILING).list();
  }

  List<VehicleFiling> activeOfVehicles(Collection<String> vins) {
    if (vins.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            SELECT * FROM vehicle_filing WHERE vin IN (:vins) AND status IN (:active)
            ORDER BY submitted_at, id""")
        .param("vins", vins).param("active", FilingStatus.ACTIVE).query(FILING).list();
  }

  private void lock(String key) {
    if (!selectForUpdate(key)) {
      create(key);
      if (!selectForUpdate(key)) {
        throw new IllegalStateException("filing lock row missing: " + key);
      }
    }
  }

  private boolean selectForUpdate(String key) {
    return jdbc.sql("SELECT lock_key FROM vehicle_filing_lock WHERE lock_key = :key FOR UPDATE")
        .param("key", key).query(String.class).optional().isPresent();
  }

  /** In a savepoint: when a concurrent filing creates the same row first, only the savepoint rolls back. */
  private void create(String key) {
    try {
      savepoint.executeWithoutResult(tx -> jdbc.sql("""
              INSERT INTO vehicle_filing_lock (lock_key)
              SELECT :key FROM (VALUES (1)) one
              WHERE NOT EXISTS (SELECT 1 FROM vehicle_filing_lock WHERE lock_key = :key)""")
          .param("key", key).update());
    } catch (DuplicateKeyException createdConcurrently) {
      // the other filing's row is locked by it; selecting it for update waits for that filing to finish
    }
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }
}
