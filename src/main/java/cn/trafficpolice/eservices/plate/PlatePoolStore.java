package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.validation.PlateKind;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The office's plate pool (PP-12). A plate changes hands only by a guarded {@code UPDATE} whose row count says
 * whether this caller won: the database serialises concurrent writers of one row, on every node, so no
 * check-then-write race exists. A hold whose time ran out counts as available.
 */
@Repository
class PlatePoolStore {

  private static final String FREE = "(status = 'AVAILABLE' OR (status = 'HELD' AND held_until <= :now))";
  /** Candidates read per batch; the batch is drawn from them at random. */
  private static final int CANDIDATES = 200;

  private final JdbcClient jdbc;

  PlatePoolStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Reserves a free plate of the office and kind, or one this holder holds; false when someone else has it. */
  boolean reserve(String plate, String officeCode, PlateKind kind, String holderRef, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE plate_pool SET status = 'RESERVED', holder_ref = :holder, held_until = NULL,
                   version = version + 1
            WHERE plate_number = :plate AND office_code = :office AND plate_kind = :kind
              AND (%s OR (status = 'HELD' AND holder_ref = :holder))""".formatted(FREE))
        .param("holder", holderRef).param("plate", plate).param("office", officeCode).param("kind", kind.name())
        .param("now", now).update() == 1;
  }

  /** PP-5: reserves a plate of the holder's current batch, only while the hold lasts. */
  boolean reserveHeld(String plate, String holderRef, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE plate_pool SET status = 'RESERVED', held_until = NULL, version = version + 1
            WHERE plate_number = :plate AND status = 'HELD' AND holder_ref = :holder AND held_until > :now""")
        .param("plate", plate).param("holder", holderRef).param("now", now).update() == 1;
  }

  boolean hold(String plate, String holderRef, OffsetDateTime now, OffsetDateTime until) {
    return jdbc.sql("""
            UPDATE plate_pool SET status = 'HELD', holder_ref = :holder, held_until = :until,
                   version = version + 1
            WHERE plate_number = :plate AND %s""".formatted(FREE))
        .param("holder", holderRef).param("until", until).param("plate", plate).param("now", now).update() == 1;
  }

  /** Lets go of the holder's earlier batch. */
  void releaseHeld(String holderRef) {
    jdbc.sql("""
            UPDATE plate_pool SET status = 'AVAILABLE', holder_ref = NULL, held_until = NULL, version = version + 1
            WHERE status = 'HELD' AND holder_ref = :holder""")
        .param("holder", holderRef).update();
  }

  /** Back to the pool (PP-7 expiry, PA-3 clearing); idempotent. */
  void releaseReserved(String plate, String holderRef) {
    jdbc.sql("""
            UPDATE plate_pool SET status = 'AVAILABLE', holder_ref = NULL, held_until = NULL, version = version + 1
            WHERE plate_number = :plate AND status = 'RESERVED' AND holder_ref = :holder""")
        .param("plate", plate).param("holder", holderRef).update();
  }

  List<String> free(String officeCode, PlateKind kind, OffsetDateTime now) {
    return jdbc.sql("""
            SELECT plate_number FROM plate_pool WHERE office_code = :office AND plate_kind = :kind AND %s
            ORDER BY plate_number FETCH FIRST %d ROWS ONLY""".formatted(FREE, CANDIDATES))
        .param("office", officeCode).param("kind", kind.name()).param("now", now)
        .query(String.class).list();
  }

  boolean isFree(String plate, String officeCode, PlateKind kind, OffsetDateTime now) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM plate_pool
            WHERE plate_number = :plate AND office_code = :office AND plate_kind = :kind AND %s""".formatted(FREE))
        .param("plate", plate).param("office", officeCode).param("kind", kind.name()).param("now", now)
        .query(Integer.class).single() > 0;
  }
}
