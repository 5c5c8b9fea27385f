package cn.trafficpolice.eservices.sms;

import cn.trafficpolice.eservices.validation.Phone;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only: the phone a demo citizen does not have. Shows what was delivered to a number ({@link DemoSmsInbox})
 * so that a person (or a test) can read a code or a notification. Absent outside the demo profile. Someone
 * registering has no token yet: without one, it shows only registration codes (a known phone's notice is not
 * among them).
 */
@RestController
@Profile("demo")
@Validated
@Tag(name = "演示：短信收件箱")
class DemoSmsInboxController {

  private final JdbcClient jdbc;

  DemoSmsInboxController(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/api/v1/demo/sms-inbox")
  @Operation(summary = "演示环境：查看发往某手机号码的短信（最新在前）")
  List<DemoSms> inbox(@RequestParam @Phone String phone, @AuthenticationPrincipal Jwt citizen) {
    String onlyRegistration = citizen != null ? "" : """
        AND outbox_id IN (SELECT o.id FROM sms_outbox o JOIN sms_code c
                            ON o.idempotency_key = 'sms-code:' || CAST(c.id AS VARCHAR(20))
                          WHERE c.phone = :phone AND c.purpose = 'REGISTER')""";
    return jdbc.sql("SELECT text, received_at FROM demo_sms_inbox WHERE phone = :phone " + onlyRegistration
            + " ORDER BY id DESC LIMIT 20")
        .param("phone", phone)
        .query((rs, i) -> new DemoSms(rs.getString("text"), rs.getObject("received_at", OffsetDateTime.class)))
        .list();
  }

  record DemoSms(String text, OffsetDateTime sentAt) {
  }
}
