package cn.trafficpolice.eservices.sms;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.security.KeyDerivation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SH-3 verification codes: 6 digits from a secure random source, bound to one phone, purpose and reference
 * (the application or subject it authorises), single use, expiring, limited wrong tries, resend interval and
 * daily cap per phone. Only an HMAC of the code is stored.
 */
@Service
public class SmsCodeService {

  public static final String SMS_CODE_INVALID = "SMS_CODE_INVALID";
  public static final String SMS_CODE_EXPIRED = "SMS_CODE_EXPIRED";
  public static final String SMS_CODE_LOCKED = "SMS_CODE_LOCKED";
  public static final String SMS_TOO_FREQUENT = "SMS_TOO_FREQUENT";
  public static final String SMS_DAILY_LIMIT = "SMS_DAILY_LIMIT";

  private final SmsCodeStore store;
  private final SmsGateway gateway;
  private final SmsProperties properties;
  private final Clock clock;
  private final SecretKey hashKey;
  private final TransactionTemplate separately;
  private final SecureRandom random = new SecureRandom();

  SmsCodeService(SmsCodeStore store, SmsGateway gateway, SmsProperties properties, Clock clock,
      KeyDerivation keys, PlatformTransactionManager transactions) {
    this.store = store;
    this.gateway = gateway;
    this.properties = properties;
    this.clock = clock;
    this.hashKey = keys.hmacKey("sms-code");
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Sends a fresh code; an earlier unused code for the same target stops working. */
  @Transactional
  public SentCode send(String phone, SmsPurpose purpose, String reference) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    claimSendQuota(phone, now, today);
    String code = "%06d".formatted(random.nextInt(1_000_000));
    Instant expiresAt = now.plus(properties.codeTtl());
    store.supersede(phone, purpose, reference);
    long id = store.insert(phone, purpose, reference, hash(code), now, expiresAt);
    gateway.sendSecret("sms-code:" + id, phone, purpose.text(code, properties.codeTtl().toMinutes()), code);
    return new SentCode(expiresAt, now.plus(properties.resendInterval()));
  }

  /**
   * Checks and consumes the code in the caller's transaction (SH-3). A wrong code is counted in one guarded
   * statement committed on its own: parallel guesses cannot all see the same count, at most the limit of them is
   * counted, and the refusal that follows cannot roll the count back. A right code is consumed by one guarded
   * statement that also requires the count below the limit, so once five wrong tries are counted the right code is
   * refused too, and of two requests with it only one consumes it. The right code's path writes nothing on its own
   * and commits once, with the application it serves (issue 14).
   */
  @Transactional
  public void verifyAndConsume(String phone, SmsPurpose purpose, String reference, String code) {
    SmsCodeStore.StoredCode stored = store.findCurrent(phone, purpose, reference)
        .orElseThrow(() -> invalid("验证码错误或已失效，请重新获取"));
    Instant now = clock.instant();
    if (!now.isBefore(stored.expiresAt())) {
      throw BusinessException.refused(SMS_CODE_EXPIRED, "验证码已过期，请重新获取");
    }
    int limit = properties.maxWrongTries();
    if (code == null || !MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII),
        stored.codeHash().getBytes(StandardCharsets.US_ASCII))) {
      if (!Boolean.TRUE.equals(separately.execute(tx -> store.countTry(stored.id(), limit)))) {
        throw locked();
      }
      // told how many tries are left, this one counted already
      int left = limit - store.tries(stored.id());
      throw left > 0 ? invalid("验证码错误，还可尝试" + left + "次") : locked();
    }
    if (!store.consume(stored.id(), now, limit)) {
      throw store.tries(stored.id()) >= limit ? locked() : invalid("验证码已使用，请重新获取");
    }
  }

  /** One atomic statement per phone row, so two nodes cannot both pass the interval or the cap. */
  private void claimSendQuota(String phone, Instant now, LocalDate today) {
    try {
      // committed on its own: on PostgreSQL a failed insert would spoil the caller's transaction
      separately.executeWithoutResult(tx -> store.ensureQuotaRow(phone, now.minus(properties.resendInterval()),
          today));
    } catch (DuplicateKeyException createdByAConcurrentSend) {
      // the row exists now, which is all this step needs
    }
    if (store.claimQuota(phone, now, now.minus(properties.resendInterval()), today, properties.dailyCap())) {
      return;
    }
    SmsCodeStore.Quota quota = store.quota(phone);
    if (quota.lastSentAt().isAfter(now.minus(properties.resendInterval()))) {
      long wait = properties.resendInterval().getSeconds() - (now.getEpochSecond() - quota.lastSentAt().getEpochSecond());
      throw new BusinessException(HttpStatus.TOO_MANY_REQUESTS, SMS_TOO_FREQUENT,
          "验证码发送过于频繁，请" + Math.max(wait, 1) + "秒后再试");
    }
    throw new BusinessException(HttpStatus.TOO_MANY_REQUESTS, SMS_DAILY_LIMIT, "今日验证码发送次数已达上限，请明天再试");
  }

  private String hash(String code) {
    return HexFormat.of().formatHex(KeyDerivation.hmac(hashKey.getEncoded(), code.getBytes(StandardCharsets.US_ASCII)));
  }

  private static BusinessException locked() {
    return BusinessException.refused(SMS_CODE_LOCKED, "验证码错误次数过多，请重新获取");
  }

  private static BusinessException invalid(String message) {
    return BusinessException.refused(SMS_CODE_INVALID, message);
  }

  public record SentCode(Instant expiresAt, Instant nextSendAllowedAt) {
  }
}
