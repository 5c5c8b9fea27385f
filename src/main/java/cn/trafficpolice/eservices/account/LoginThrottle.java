package cn.trafficpolice.eservices.account;

import cn.trafficpolice.eservices.privacy.Mask;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Guards password login against guessing without letting anyone lock a citizen out: every attempt is counted
 * per phone and per client address <em>before</em> the password is compared; past a few free failures, each
 * further attempt must wait a delay that doubles up to a cap. A correct password after the wait logs in. The
 * count is claimed with a compare-and-set on the row's version, in its own transaction, so parallel requests on
 * any node cannot slip past the delay and the refusal that follows cannot roll the count back.
 */
@Component
class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  private static final String PHONE = "phone:";
  private static final String ADDRESS = "address:";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate separately;
  private final LoginProperties properties;

  LoginThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, LoginProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
  }

  /**
   * Counts one attempt for the phone and the address, or refuses it while a delay runs. A refused attempt is not
   * counted, so waiting out the delay is always enough.
   */
  void claimAttempt(String phone, String address) {
    Instant now = clock.instant();
    List<String> subjects = List.of(PHONE + phone, ADDRESS + address);
    Optional<Instant> wait = subjects.stream().map(s -> blockedUntil(s, now)).flatMap(Optional::stream)
        .max(Instant::compareTo);
    if (wait.isPresent()) {
      throw delayed(now, wait.get());
    }
    claim(PHONE + phone, properties.freeFailuresPerPhone(), now);
    claim(ADDRESS + address, properties.freeFailuresPerAddress(), now);
  }

  /** A wrong password (or unknown phone): records the delays it leaves for the phone and the address. */
  void failed(String phone, String address) {
    Instant now = clock.instant();
    for (String subject : List.of(PHONE + phone, ADDRESS + address)) {
      blockedUntil(subject, now).ifPresent(until -> record(subject, Duration.between(now, until), now));
    }
  }

  /** The right password: the phone starts afresh; the address gives back this attempt only (a sprayer's success). */
  void succeeded(String phone, String address) {
    jdbc.sql("DELETE FROM login_throttle WHERE subject = :s").param("s", PHONE + phone).update();
    jdbc.sql("UPDATE login_throttle SET failures = failures - 1, version = version + 1 WHERE subject = :s AND failures > 0")
        .param("s", ADDRESS + address).update();
  }

  private Optional<Instant> blockedUntil(String subject, Instant now) {
    return jdbc.sql("SELECT next_attempt_at FROM login_throttle WHERE subject = :s").param("s", subject)
        .query((rs, i) -> Optional.ofNullable(rs.getObject("next_attempt_at", OffsetDateTime.class))).optional()
        .flatMap(next -> next.map(OffsetDateTime::toInstant)).filter(next -> blocks(next, now));
  }

  /** A wait longer than the cap can only come from a clock set back (tests, a corrected node): it is ignored. */
  private boolean blocks(Instant next, Instant now) {
    return next != null && now.isBefore(next) && Duration.between(now, next).compareTo(properties.maxDelay()) <= 0;
  }

  private void claim(String subject, int freeFailures, Instant now) {
    for (int round = 0; round < 10; round++) {
      Row row = current(subject, now);
      if (blocks(row.nextAttemptAt(), now)) {
        throw delayed(now, row.nextAttemptAt());
      }
      boolean forgotten = row.lastFailureAt().isBefore(now.minus(properties.forgetAfter()));
      int failures = (forgotten ? 0 : row.failures()) + 1;
      Duration delay = delayAfter(failures, freeFailures);
      boolean claimed = Boolean.TRUE.equals(separately.execute(tx -> jdbc.sql("""
              UPDATE login_throttle SET failures = :failures, last_failure_at = :now, next_attempt_at = :next,
                  version = version + 1
              WHERE subject = :s AND version = :version""")
          .param("failures", failures).param("now", utc(now))
          .param("next", delay.isZero() ? null : utc(now.plus(delay)), Types.TIMESTAMP_WITH_TIMEZONE)
          .param("s", subject).param("version", row.version()).update() == 1));
      if (claimed) {
        return;
      }
    }
    throw delayed(now, now.plus(properties.firstDelay()));
  }

  /** After the last free attempt the next waits the first delay, then 2×, 4× … up to the cap. */
  private Duration delayAfter(int failures, int freeFailures) {
    int over = failures - freeFailures;
    if (over < 0) {
      return Duration.ZERO;
    }
    Duration delay = properties.firstDelay().multipliedBy(1L << Math.min(over, 30));
    return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
  }

  /**
   * The subject's row, created when missing. The insert has a transaction of its own: PostgreSQL aborts the whole
   * transaction of a statement that failed, so after another login's insert won, the read must not share it.
   */
  private Row current(String subject, Instant now) {
    try {
      separately.executeWithoutResult(tx -> jdbc.sql("""
              INSERT INTO login_throttle (subject, failures, last_failure_at, next_attempt_at, version)
              SELECT :s, 0, :now, NULL, 0 FROM (VALUES (1)) one
              WHERE NOT EXISTS (SELECT 1 FROM login_throttle WHERE subject = :s)""")
          .param("s", subject).param("now", utc(now)).update());
    } catch (DuplicateKeyException createdConcurrently) {
      // the row exists, which is all the read below needs
    }
    return separately.execute(tx -> read(subject));
  }

  private Row read(String subject) {
    return jdbc.sql("SELECT failures, last_failure_at, next_attempt_at, version FROM login_throttle WHERE subject = :s")
        .param("s", subject)
        .query((rs, i) -> new Row(rs.getInt("failures"),
            rs.getObject("last_failure_at", OffsetDateTime.class).toInstant(),
            Optional.ofNullable(rs.getObject("next_attempt_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                .orElse(null), rs.getLong("version")))
        .single();
  }

  /** In its own transaction: the refusal that follows must not roll the record back. */
  private void record(String subject, Duration delay, Instant now) {
    separately.executeWithoutResult(tx -> jdbc.sql("""
            INSERT INTO login_delay_event (subject, failures, delay_seconds, created_at)
            SELECT subject, failures, :delay, :now FROM login_throttle WHERE subject = :s""")
        .param("s", subject).param("delay", delay.toSeconds()).param("now", utc(now)).update());
    String shown = subject.startsWith(PHONE) ? PHONE + Mask.phone(subject.substring(PHONE.length())) : subject;
    log.warn("Login of {} must wait {} s after repeated failures", shown, delay.toSeconds());
  }

  private static LoginDelayedException delayed(Instant now, Instant until) {
    long millis = Duration.between(now, until).toMillis();
    return new LoginDelayedException(Math.max(1, (millis + 999) / 1000));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** @param nextAttemptAt null when no delay runs */
  private record Row(int failures, Instant lastFailureAt, Instant nextAttemptAt, long version) {
  }
}
