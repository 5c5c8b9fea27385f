package cn.trafficpolice.eservices.account;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.realperson.RealPersonAuthentication;
import cn.trafficpolice.eservices.sms.SmsCodeService;
import cn.trafficpolice.eservices.sms.SmsPurpose;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Citizen accounts: self-registration proven by SMS (non-real-name, SH-1), password login, lookup for the businesses. */
@Service
public class AccountService {

  public static final String ID_NUMBER_VERIFIED_ELSEWHERE = "ID_NUMBER_VERIFIED_ELSEWHERE";
  public static final String LOGIN_FAILED = "LOGIN_FAILED";
  public static final String REAL_PERSON_FAILED = "REAL_PERSON_FAILED";
  public static final String REAL_PERSON_UNAVAILABLE = "REAL_PERSON_UNAVAILABLE";

  private static final Logger log = LoggerFactory.getLogger(AccountService.class);

  private final CitizenStore store;
  private final PasswordEncoder passwords;
  private final RealPersonAuthentication realPerson;
  private final LoginThrottle throttle;
  private final SmsCodeService smsCodes;
  private final Clock clock;
  /** Compared against when the phone is unknown, so a login takes as long whether or not the account exists. */
  private final String unknownAccountHash;

  AccountService(CitizenStore store, PasswordEncoder passwords, RealPersonAuthentication realPerson,
      LoginThrottle throttle, SmsCodeService smsCodes, Clock clock) {
    this.store = store;
    this.passwords = passwords;
    this.realPerson = realPerson;
    this.throttle = throttle;
    this.smsCodes = smsCodes;
    this.clock = clock;
    this.unknownAccountHash = passwords.encode("no-such-account");
  }

  /**
   * Sends the code that proves a new account's phone. A phone that has an account gets a notice instead; both
   * take the same path through the SMS quota and answer the same, so the answer does not tell whether it is known.
   */
  @Transactional
  public SmsCodeService.SentCode sendRegistrationCode(String phone) {
    return smsCodes.send(phone, registrationPurpose(store.phoneTaken(phone)), phone);
  }

  /**
   * A self-registered account is never real-name: that takes a window visit or real-person authentication. The
   * name and ID number are a claim, bound to no one until real-name verification, so registering someone else's
   * ID number blocks nobody. A known phone fails exactly like a wrong code.
   */
  @Transactional
  public Citizen register(String phone, String code, String password, String name, String idNumber) {
    String hash = passwords.encode(password);
    boolean known = store.phoneTaken(phone);
    smsCodes.verifyAndConsume(phone, registrationPurpose(known), phone, code);
    if (known) {
      throw codeInvalid();
    }
    try {
      long id = store.insert(phone, hash, name, idNumber, false, OffsetDateTime.now(clock));
      log.info("Citizen {} registered with phone {}", id, Mask.phone(phone));
      return new Citizen(id, phone, name, idNumber, false);
    } catch (DuplicateKeyException raced) {
      throw codeInvalid();
    }
  }

  /**
   * @return the citizen whose phone and password match; otherwise one answer, whichever was wrong. Attempts are
   *     throttled per phone and per client address with a growing delay, never a lock.
   */
  @Transactional
  public Citizen authenticate(String phone, String password, String clientAddress) {
    throttle.claimAttempt(phone, clientAddress);
    String hash = store.passwordHash(phone).orElse(unknownAccountHash);
    boolean matches = passwords.matches(password, hash);
    Citizen citizen = store.findByPhone(phone).filter(c -> matches).orElse(null);
    if (citizen == null) {
      throttle.failed(phone, clientAddress);
      throw new BusinessException(HttpStatus.UNAUTHORIZED, LOGIN_FAILED, "手机号码或密码错误");
    }
    throttle.succeeded(phone, clientAddress);
    return citizen;
  }

  @Transactional(readOnly = true)
  public Citizen get(long citizenId) {
    return store.findById(citizenId).orElseThrow(() -> BusinessException.notFound("账户不存在"));
  }

  /**
   * SH-1, the online way to a real-name account: the live face captured by the citizen's app belongs to the
   * account's ID number. Idempotent for an account that is real-name already.
   */
  @Transactional
  public Citizen verifyRealName(long citizenId, String livenessToken) {
    Citizen citizen = get(citizenId);
    if (citizen.realName()) {
      return citizen;
    }
    switch (realPerson.verify(citizen.idNumber(), livenessToken)) {
      case PASSED -> bindIdNumber(citizen);
      case FAILED -> throw BusinessException.refused(REAL_PERSON_FAILED, "人像比对未通过，请本人重新进行实人认证");
      case UNAVAILABLE -> throw new BusinessException(HttpStatus.SERVICE_UNAVAILABLE, REAL_PERSON_UNAVAILABLE,
          "实人认证服务暂不可用，请稍后再试或到车管所窗口办理实名认证");
    }
    log.info("Citizen {} became real-name by real-person authentication", citizenId);
    return get(citizenId);
  }

  /** The ID number becomes this account's: refused while another real-name account holds it. */
  private void bindIdNumber(Citizen citizen) {
    boolean bound;
    try {
      bound = store.markRealName(citizen.id(), citizen.idNumber());
    } catch (DuplicateKeyException verifiedConcurrently) {
      bound = false;
    }
    if (!bound) {
      throw BusinessException.conflict(ID_NUMBER_VERIFIED_ELSEWHERE,
          "该身份证号码已由另一个实名账户认证，如非本人操作，请携带居民身份证到车管所窗口办理");
    }
  }

  private static SmsPurpose registrationPurpose(boolean known) {
    return known ? SmsPurpose.REGISTER_PHONE_TAKEN : SmsPurpose.REGISTER;
  }

  /** The words {@link SmsCodeService} uses for a missing code, so a known phone cannot be told apart. */
  private static BusinessException codeInvalid() {
    return BusinessException.refused(SmsCodeService.SMS_CODE_INVALID, "验证码错误或已失效，请重新获取");
  }

  /** SH-1: refuses a business that needs a real-name account. */
  public Citizen requireRealName(long citizenId) {
    Citizen citizen = get(citizenId);
    if (!citizen.realName()) {
      throw BusinessException.refused(ErrorCodes.REAL_NAME_REQUIRED,
          "该业务仅限实名认证用户办理，请先到车管所窗口或通过人像比对完成实名认证");
    }
    return citizen;
  }
}
