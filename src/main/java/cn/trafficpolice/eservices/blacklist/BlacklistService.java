package cn.trafficpolice.eservices.blacklist;

import cn.trafficpolice.eservices.privacy.Mask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SH-5 internet blacklist (互联网黑名单), kept per person (ID number), whatever account they use. */
@Service
public class BlacklistService {

  private static final Logger log = LoggerFactory.getLogger(BlacklistService.class);

  private final JdbcClient jdbc;
  private final BlacklistProperties properties;
  private final Clock clock;

  BlacklistService(JdbcClient jdbc, BlacklistProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Blacklists from today for the kind's period. Idempotent per (kind, source application): a retried job does
   * not add a second entry.
   */
  @Transactional
  public BlacklistEntry add(String idNumber, BlacklistKind kind, String reason, String sourceSerial) {
    LocalDate today = LocalDate.now(clock);
    LocalDate endsOn = today.plus(properties.duration(kind));
    int inserted = jdbc.sql("""
            INSERT INTO blacklist_entry (id_number, kind, reason, source_serial, starts_on, ends_on, created_at)
            SELECT :idNumber, :kind, :reason, :source, :startsOn, :endsOn, :now FROM (VALUES (1)) one
            WHERE NOT EXISTS (SELECT 1 FROM blacklist_entry WHERE kind = :kind AND source_serial = :source)""")
        .param("idNumber", idNumber).param("kind", kind.name()).param("reason", reason)
        .param("source", sourceSerial).param("startsOn", today).param("endsOn", endsOn)
        .param("now", OffsetDateTime.now(clock))
        .update();
    if (inserted == 1) {
      log.info("Blacklisted {} for {} until {} ({})", Mask.idNumber(idNumber), kind, endsOn, sourceSerial);
    }
    return new BlacklistEntry(kind, reason, sourceSerial, today, endsOn);
  }

  /** Entries in force today, the longest-lasting first. */
  @Transactional(readOnly = true)
  public List<BlacklistEntry> active(String idNumber) {
    return jdbc.sql("""
            SELECT kind, reason, source_serial, starts_on, ends_on FROM blacklist_entry
            WHERE id_number = :idNumber AND starts_on <= :today AND ends_on > :today
            ORDER BY ends_on DESC""")
        .param("idNumber", idNumber).param("today", LocalDate.now(clock))
        .query((rs, i) -> new BlacklistEntry(BlacklistKind.valueOf(rs.getString("kind")), rs.getString("reason"),
            rs.getString("source_serial"), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class)))
        .list();
  }
}
