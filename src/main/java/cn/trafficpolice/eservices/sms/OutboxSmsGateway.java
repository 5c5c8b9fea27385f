package cn.trafficpolice.eservices.sms;

import cn.trafficpolice.eservices.privacy.Mask;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes each message to the {@code sms_outbox} table in the caller's transaction (a transactional outbox): a
 * message exists exactly when the business step that sent it committed. After the commit it is handed to the
 * {@link SmsDelivery} when there is one, and a code in it is then masked in the outbox (SH-3).
 */
@Component
class OutboxSmsGateway implements SmsGateway {

  static final String MASK = "******";
  private static final Logger log = LoggerFactory.getLogger(OutboxSmsGateway.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Optional<SmsDelivery> delivery;
  private final TransactionTemplate separately;
  private final Counter queued;
  private final Counter delivered;
  private final Counter failed;

  OutboxSmsGateway(JdbcClient jdbc, Clock clock, ObjectProvider<SmsDelivery> delivery,
      PlatformTransactionManager transactions, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.queued = Counter.builder("eservices.sms.queued").description("Messages written to the outbox")
        .register(meters);
    this.delivered = Counter.builder("eservices.sms.delivered").description("Messages the SMS connector took")
        .register(meters);
    this.failed = Counter.builder("eservices.sms.failed").description("Deliveries the SMS connector refused")
        .register(meters);
    this.clock = clock;
    this.delivery = Optional.ofNullable(delivery.getIfAvailable());
    // after the commit the sender's connection is still bound but its transaction is over: write in a new one
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void send(String idempotencyKey, String phone, String text) {
    queue(idempotencyKey, phone, text, null);
  }

  @Override
  public void sendSecret(String idempotencyKey, String phone, String text, String secret) {
    queue(idempotencyKey, phone, text, text.replace(secret, MASK));
  }

  private void queue(String idempotencyKey, String phone, String text, String redacted) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    int inserted = jdbc.sql("""
            INSERT INTO sms_outbox (idempotency_key, phone, text, redacted_text, created_at)
            SELECT :key, :phone, :text, :redacted, :now FROM (VALUES (1)) one
            WHERE NOT EXISTS (SELECT 1 FROM sms_outbox WHERE idempotency_key = :key)""")
        .param("key", idempotencyKey).param("phone", phone).param("text", text).param("redacted", redacted)
        .param("now", OffsetDateTime.now(clock))
        .update(key, "id");
    if (inserted != 1) {
      return;
    }
    log.info("SMS queued for {} ({})", Mask.phone(phone), idempotencyKey);
    queued.increment();
    long id = key.getKey().longValue();
    delivery.ifPresent(d -> afterCommit(() -> deliver(d, id, phone, text)));
  }

  /** Claims the row first, so that a message is delivered once even when two nodes try. */
  private void deliver(SmsDelivery d, long id, String phone, String text) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!inNewTransaction("UPDATE sms_outbox SET delivered_at = :now WHERE id = :id AND delivered_at IS NULL",
        id, now)) {
      return;
    }
    try {
      d.deliver(id, phone, text);
    } catch (RuntimeException e) {
      inNewTransaction("UPDATE sms_outbox SET delivered_at = NULL WHERE id = :id AND delivered_at = :now", id, now);
      log.warn("SMS {} to {} not delivered; it stays in the outbox", id, Mask.phone(phone), e);
      failed.increment();
      return;
    }
    delivered.increment();
    inNewTransaction("""
        UPDATE sms_outbox SET text = COALESCE(redacted_text, text), redacted_text = NULL
        WHERE id = :id AND delivered_at = :now""", id, now);
  }

  private boolean inNewTransaction(String update, long id, OffsetDateTime now) {
    return Boolean.TRUE.equals(separately.execute(tx ->
        jdbc.sql(update).param("id", id).param("now", now).update() == 1));
  }

  private static void afterCommit(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        action.run();
      }
    });
  }
}
