package cn.trafficpolice.eservices.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.serial.SerialNumberGenerator;
import cn.trafficpolice.eservices.sms.SmsCodeService;
import cn.trafficpolice.eservices.sms.SmsPurpose;
import cn.trafficpolice.eservices.support.Concurrently;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.PostgresIntegrationTest;
import cn.trafficpolice.eservices.support.Serials;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shared platform on PostgreSQL, where several nodes and many requests meet in one database. */
@PostgresIntegrationTest
class PostgresPlatformIT {

  @Autowired
  SerialNumberGenerator serials;
  @Autowired
  SmsCodeService codes;
  @Autowired
  ApplicationService applications;
  @Autowired
  JdbcClient jdbc;

  @Test
  void runsOnPostgres() {
    String product = jdbc.sql("SELECT version()").query(String.class).single();
    assertThat(product).startsWith("PostgreSQL");
  }

  @Test
  void concurrentSerialNumbersAreUnique() throws Exception { // SH-2
    assertThat(Serials.drawConcurrently(serials, 8, 250)).hasSize(8 * 250);
  }

  @Test
  void concurrentSendsToOnePhoneSendOneCode() throws Exception { // SH-3
    String phone = "1370%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
    List<Object> outcomes = Concurrently.run(8, () -> codes.send(phone, SmsPurpose.PLATE_PRESELECTION, "R"));
    assertThat(outcomes).filteredOn(o -> o instanceof SmsCodeService.SentCode).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !(o instanceof SmsCodeService.SentCode))
        .allSatisfy(o -> assertThat(((BusinessException) o).code()).isEqualTo(SmsCodeService.SMS_TOO_FREQUENT));
  }

  @Test
  void concurrentRequestsWithTheRightCodeConsumeItOnce() throws Exception { // SH-3: single use, issue 14
    String phone = "1371%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
    codes.send(phone, SmsPurpose.PLATE_PRESELECTION, "R");
    Matcher sms = Pattern.compile("验证码(\\d{6})").matcher(jdbc.sql(
        "SELECT text FROM demo_sms_inbox WHERE phone = :p ORDER BY id DESC").param("p", phone).query(String.class)
        .list().get(0));
    assertThat(sms.find()).isTrue();
    String code = sms.group(1);
    List<Object> outcomes = Concurrently.run(8, () -> {
      codes.verifyAndConsume(phone, SmsPurpose.PLATE_PRESELECTION, "R", code);
      return "consumed";
    });
    assertThat(outcomes).filteredOn("consumed"::equals).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !"consumed".equals(o))
        .allSatisfy(o -> assertThat(((BusinessException) o).code()).isEqualTo(SmsCodeService.SMS_CODE_INVALID));
  }

  @Test
  void concurrentApplicationsForOneSubjectOpenOne() throws Exception { // SH-2
    long citizenId = jdbc.sql("SELECT id FROM citizen WHERE phone = :p").param("p", DemoCitizens.YANG_JING)
        .query(Long.class).single();
    String subject = "pg-" + UUID.randomUUID();
    List<Object> outcomes = Concurrently.run(8,
        () -> applications.open(Business.ID_CARD_REISSUE, citizenId, subject));
    assertThat(outcomes).filteredOn(o -> o instanceof String).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !(o instanceof String)).allSatisfy(o ->
        assertThat(((BusinessException) o).code()).isEqualTo(ApplicationService.APPLICATION_UNDER_WAY));
  }
}
