package cn.trafficpolice.eservices.sms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SmsCodeStore {

  private final JdbcClient jdbc;

  SmsCodeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record StoredCode(long id, String codeHash, Instant expiresAt) {
  }

  record Quota(Instant lastSentAt, LocalDate date, int sent) {
  }

  long insert(String phone, SmsPurpose purpose, String reference, String codeHash, Instant sentAt,
      Instant expiresAt) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO sms_code (phone, purpose, reference, code_hash, sent_at, expires_at)
            VALUES (:phone, :purpose, :reference, :hash, :sentAt, :expiresAt)""")
        .param("phone", phone).param("purpose", purpose.name()).param("reference", reference)
        .param("hash", codeHash).param("sentAt", utc(sentAt)).param("expiresAt", utc(expiresAt))
        .update(key, "id");
    return key.getKey().longValue();
  }

  void supersede(String phone, SmsPurpose purpose, String reference) {
    jdbc.sql("""
            UPDATE sms_code SET superseded = TRUE
            WHERE phone = :phone AND purpose = :purpose AND reference = :reference AND consumed_at IS NULL""")
        .param("phone", phone).param("purpose", purpose.name()).param("reference", reference).update();
  }

  Optional<StoredCode> findCurrent(String phone, SmsPurpose purpose, String reference) {
    return jdbc.sql("""
            SELECT id, code_hash, expires_at FROM sms_code
            WHERE phone = :phone AND purpose = :purpose AND reference = :reference
              AND consumed_at IS NULL AND superseded = FALSE
            ORDER BY id DESC""")
        .param("phone", phone).param("purpose", purpose.name()).param("reference", reference)
        .query((rs, i) -> new StoredCode(rs.getLong("id"), rs.getString("code_hash"),
            rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  /**
   * Counts one try unless the limit is reached: the guard and the increment are one statement, so concurrent
   * tries queue on the row and at most {@code max} are counted.
   *
   * @return false when the limit was already reached
   */
  boolean countTry(long id, int max) {
    return jdbc.sql("""
            UPDATE sms_code SET failed_attempts = failed_attempts + 1
            WHERE id = :id AND failed_attempts < :max""")
        .param("id", id).param("max", max).update() == 1;
  }

  /** The wrong tries counted so far; read only on a refusal, to tell what is left. */
  int tries(long id) {
    return jdbc.sql("SELECT failed_attempts FROM sms_code WHERE id = :id").param("id", id)
        .query(Integer.class).single();
  }

  /** @return false when another request consumed it first, or the limit of wrong tries is reached */
  boolean consume(long id, Instant now, int maxWrongTries) {
    return jdbc.sql("""
            UPDATE sms_code SET consumed_at = :now
            WHERE id = :id AND consumed_at IS NULL AND failed_attempts < :max""")
        .param("now", utc(now)).param("id", id).param("max", maxWrongTries).update() == 1;
  }

  void ensureQuotaRow(String phone, Instant longAgo, LocalDate today) {
    jdbc.sql("""
            INSERT INTO sms_send_quota (phone, last_sent_at, quota_date, sent_that_date)
            SELECT :phone, :longAgo, :today, 0 FROM (VALUES (1)) one
            WHERE NOT EXISTS (SELECT 1 FROM sms_send_quota WHERE phone = :phone)""")
        .param("phone", phone).param("longAgo", utc(longAgo)).param("today", today).update();
  }

  /** Takes one send from the phone's quota if the interval has passed and today's cap is not reached. */
  boolean claimQuota(String phone, Instant now, Instant intervalStart, LocalDate today, int dailyCap) {
    return jdbc.sql("""
            UPDATE sms_send_quota
            SET last_sent_at = :now,
                sent_that_date = CASE WHEN quota_date = :today THEN sent_that_date + 1 ELSE 1 END,
                quota_date = :today
            WHERE phone = :phone AND last_sent_at <= :intervalStart
              AND (quota_date <> :today OR sent_that_date < :cap)""")
        .param("now", utc(now)).param("today", today).param("phone", phone)
        .param("intervalStart", utc(intervalStart)).param("cap", dailyCap)
        .update() == 1;
  }

  Quota quota(String phone) {
    return jdbc.sql("SELECT last_sent_at, quota_date, sent_that_date FROM sms_send_quota WHERE phone = :phone")
        .param("phone", phone)
        .query((rs, i) -> new Quota(rs.getObject("last_sent_at", OffsetDateTime.class).toInstant(),
            rs.getObject("quota_date", LocalDate.class), rs.getInt("sent_that_date")))
        .single();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
