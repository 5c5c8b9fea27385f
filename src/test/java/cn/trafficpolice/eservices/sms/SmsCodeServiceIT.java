package cn.trafficpolice.eservices.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SH-3: verification codes, with the application clock moved by the test. */
@RestIntegrationTest
class SmsCodeServiceIT {

  private static final Pattern CODE = Pattern.compile("验证码(\\d{6})");
  private static final SmsPurpose PURPOSE = SmsPurpose.LICENCE_LOSS_SUBMIT;

  @Autowired
  SmsCodeService codes;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;

  private String phone;
  private static int nextPhone = 1000;

  @BeforeEach
  void freshPhoneAndTime() {
    phone = "1370000" + (nextPhone++);
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void codeIsSixDigitsSentToThePhoneAndStoredOnlyHashed() {
    codes.send(phone, PURPOSE, "REF-1");
    String code = lastCode();
    assertThat(code).matches("\\d{6}");
    List<String> stored = jdbc.sql("SELECT code_hash FROM sms_code WHERE phone = :p").param("p", phone)
        .query(String.class).list();
    assertThat(stored).hasSize(1).allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain(code));
  }

  @Test
  void theOwnersConsentCodeTellsTheOwnerSomeoneElseIsApplying() { // SH-3, NF-1
    codes.send(phone, SmsPurpose.VEHICLE_FILING_OWNER_CONSENT, "REF-1");
    String text = jdbc.sql("SELECT text FROM demo_sms_inbox WHERE phone = :p").param("p", phone).query(String.class)
        .single();
    assertThat(text).contains("有人申请").contains("请将验证码告知申请人").doesNotContain("您正在办理");
  }

  @Test
  void theRightCodeIsAcceptedOnce() {
    codes.send(phone, PURPOSE, "REF-1");
    String code = lastCode();
    codes.verifyAndConsume(phone, PURPOSE, "REF-1", code);
    assertRefused(() -> codes.verifyAndConsume(phone, PURPOSE, "REF-1", code), SmsCodeService.SMS_CODE_INVALID);
  }

  @Test
  void aCodeServesOnlyItsPurposeAndReference() {
    codes.send(phone, PURPOSE, "REF-1");
    String code = lastCode();
    assertRefused(() -> codes.verifyAndConsume(phone, PURPOSE, "REF-2", code), SmsCodeService.SMS_CODE_INVALID);
    assertRefused(() -> codes.verifyAndConsume(phone, SmsPurpose.PLATE_PRESELECTION, "REF-1", code),
        SmsCodeService.SMS_CODE_INVALID);
    assertRefused(() -> codes.verifyAndConsume("13700009999", PURPOSE, "REF-1", code),
        SmsCodeService.SMS_CODE_INVALID);
    codes.verifyAndConsume(phone, PURPOSE, "REF-1", code);
  }

  @Test
  void aCodeExpiresAfterFiveMinutes() {
    codes.send(phone, PURPOSE, "REF-1");
    String code = lastCode();
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 5));
    assertRefused(() -> codes.verifyAndConsume(phone, PURPOSE, "REF-1", code), SmsCodeService.SMS_CODE_EXPIRED);
  }

  @Test
  void aCodeStillWorksJustBeforeItExpires() {
    codes.send(phone, PURPOSE, "REF-1");
    String code = lastCode();
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 4, 59));
    codes.verifyAndConsume(phone, PURPOSE, "REF-1", code);
  }

  @Test
  void fiveWrongTriesLockTheCodeEvenForTheRightOne() {
    codes.send(phone, PURPOSE, "REF-1");
    String code = lastCode();
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 1; i <= 4; i++) {
      assertRefused(() -> codes.verifyAndConsume(phone, PURPOSE, "REF-1", wrong), SmsCodeService.SMS_CODE_INVALID);
    }
    assertRefused(() -> codes.verifyAndConsume(phone, PURPOSE, "REF-1", wrong), SmsCodeService.SMS_CODE_LOCKED);
    assertRefused(() -> codes.verifyAndConsume(phone, PURPOSE, "REF-1", code), SmsCodeService.SMS_CODE_LOCKED);
  }

  @Test
  void aSecondSendWithinSixtySecondsIsRefused() {
    codes.send(phone, PURPOSE, "REF-1");
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0, 59));
    assertRefused(() -> codes.send(phone, PURPOSE, "REF-1"), SmsCodeService.SMS_TOO_FREQUENT);
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 1, 0));
    codes.send(phone, PURPOSE, "REF-1");
  }

  @Test
  void aNewCodeReplacesTheOldOne() {
    codes.send(phone, PURPOSE, "REF-1");
    String first = lastCode();
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 2));
    codes.send(phone, PURPOSE, "REF-1");
    String second = lastCode();
    if (!first.equals(second)) {
      assertRefused(() -> codes.verifyAndConsume(phone, PURPOSE, "REF-1", first), SmsCodeService.SMS_CODE_INVALID);
    }
    codes.verifyAndConsume(phone, PURPOSE, "REF-1", second);
  }

  @Test
  void atMostTenCodesADayPerPhone() {
    for (int i = 0; i < 10; i++) {
      time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0).plusMinutes(2L * i));
      codes.send(phone, PURPOSE, "REF-" + i);
    }
    time.setTo(LocalDateTime.of(2026, 11, 23, 23, 59));
    assertRefused(() -> codes.send(phone, PURPOSE, "REF-X"), SmsCodeService.SMS_DAILY_LIMIT);
    time.setTo(LocalDateTime.of(2026, 11, 24, 0, 1));
    codes.send(phone, PURPOSE, "REF-X");
  }

  private String lastCode() {
    String text = jdbc.sql("SELECT text FROM demo_sms_inbox WHERE phone = :p ORDER BY id DESC LIMIT 1")
        .param("p", phone).query(String.class).single();
    Matcher m = CODE.matcher(text);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static void assertRefused(Runnable call, String code) {
    assertThatThrownBy(call::run).isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).code()).isEqualTo(code);
  }
}
