package cn.trafficpolice.eservices.sms;

import cn.trafficpolice.eservices.privacy.Mask;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes each message to the {@code sms_outbox} table in the caller's transaction (a transactional outbox): a
 * message exists exactly when the business step that sent it committed. The operator's SMS connector delivers
 * from the outbox; the demo profile lets people read it ({@link DemoSmsInboxController}).
 */
@Component
class OutboxSmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(OutboxSmsGateway.class);

  private final JdbcClient jdbc;
  private final Clock clock;

  OutboxSmsGateway(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void send(String idempotencyKey, String phone, String text) {
    int inserted = jdbc.sql("""
            INSERT INTO sms_outbox (idempotency_key, phone, text, created_at)
            SELECT :key, :phone, :text, :now FROM (VALUES (1)) one
            WHERE NOT EXISTS (SELECT 1 FROM sms_outbox WHERE idempotency_key = :key)""")
        .param("key", idempotencyKey).param("phone", phone).param("text", text)
        .param("now", OffsetDateTime.now(clock))
        .update();
    if (inserted == 1) {
      log.info("SMS queued for {} ({})", Mask.phone(phone), idempotencyKey);
    }
  }
}
