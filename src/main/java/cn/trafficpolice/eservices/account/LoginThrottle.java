package cn.trafficpolice.eservices.account;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.privacy.Mask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Guards password login against guessing: after {@code max-failures} wrong passwords for a phone within the
 * window, that phone cannot log in until the lock ends. Failures are recorded in their own transaction, so the
 * refusal that follows cannot roll them back.
 */
@Component
class LoginThrottle {

  static final String LOGIN_LOCKED = "LOGIN_LOCKED";
  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate separately;
  private final int maxFailures;
  private final Duration window;
  private final Duration lock;

  LoginThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
      @Value("${eservices.login.max-failures:5}") int maxFailures,
      @Value("${eservices.login.failure-window:PT15M}") Duration window,
      @Value("${eservices.login.lock:PT15M}") Duration lock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.maxFailures = maxFailures;
    this.window = window;
    this.lock = lock;
  }

  void requireNotLocked(String phone) {
    jdbc.sql("SELECT locked_until FROM login_failure WHERE phone = :phone").param("phone", phone)
        .query(OffsetDateTime.class).optional()
        .filter(until -> until != null && until.toInstant().isAfter(clock.instant()))
        .ifPresent(until -> {
          long minutes = Math.max(1, Duration.between(clock.instant(), until.toInstant()).toMinutes());
          throw new BusinessException(HttpStatus.TOO_MANY_REQUESTS, LOGIN_LOCKED,
              "密码错误次数过多，请" + minutes + "分钟后再试");
        });
  }

  void recordFailure(String phone) {
    Instant now = clock.instant();
    separately.executeWithoutResult(tx -> {
      try {
        jdbc.sql("""
                INSERT INTO login_failure (phone, failures, window_start)
                SELECT :phone, 0, :now FROM (VALUES (1)) one
                WHERE NOT EXISTS (SELECT 1 FROM login_failure WHERE phone = :phone)""")
            .param("phone", phone).param("now", utc(now)).update();
      } catch (DuplicateKeyException createdConcurrently) {
        // the row exists, which is all the update below needs
      }
    });
    separately.executeWithoutResult(tx -> {
      jdbc.sql("""
              UPDATE login_failure
              SET failures = CASE WHEN window_start <= :windowStart THEN 1 ELSE failures + 1 END,
                  window_start = CASE WHEN window_start <= :windowStart THEN :now ELSE window_start END
              WHERE phone = :phone""")
          .param("windowStart", utc(now.minus(window))).param("now", utc(now)).param("phone", phone).update();
      int lockedNow = jdbc.sql("""
              UPDATE login_failure SET locked_until = :until, failures = 0, window_start = :now
              WHERE phone = :phone AND failures >= :max""")
          .param("until", utc(now.plus(lock))).param("now", utc(now)).param("phone", phone)
          .param("max", maxFailures).update();
      if (lockedNow > 0) {
        log.warn("Login of {} locked after {} wrong passwords", Mask.phone(phone), maxFailures);
      }
    });
  }

  void recordSuccess(String phone) {
    jdbc.sql("DELETE FROM login_failure WHERE phone = :phone").param("phone", phone).update();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
