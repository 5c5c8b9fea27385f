package cn.trafficpolice.eservices.sms;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo only: delivery to phones nobody has, kept in {@code demo_sms_inbox} for {@link DemoSmsInboxController}.
 * The outbox itself then holds codes only masked, as in production.
 */
@Component
@Profile("demo")
class DemoSmsInbox implements SmsDelivery {

  private final JdbcClient jdbc;
  private final Clock clock;

  DemoSmsInbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void deliver(long messageId, String phone, String text) {
    jdbc.sql("INSERT INTO demo_sms_inbox (outbox_id, phone, text, received_at) VALUES (:id, :phone, :text, :now)")
        .param("id", messageId).param("phone", phone).param("text", text).param("now", OffsetDateTime.now(clock)).update();
  }
}
