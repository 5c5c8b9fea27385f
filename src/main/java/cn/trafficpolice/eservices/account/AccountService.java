package cn.trafficpolice.eservices.account;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.realperson.RealPersonAuthentication;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Citizen accounts: self-registration (non-real-name, SH-1), password login, lookup for the businesses. */
@Service
public class AccountService {

  public static final String PHONE_REGISTERED = "PHONE_REGISTERED";
  public static final String ID_NUMBER_REGISTERED = "ID_NUMBER_REGISTERED";
  public static final String LOGIN_FAILED = "LOGIN_FAILED";
  public static final String REAL_PERSON_FAILED = "REAL_PERSON_FAILED";
  public static final String REAL_PERSON_UNAVAILABLE = "REAL_PERSON_UNAVAILABLE";

  private static final Logger log = LoggerFactory.getLogger(AccountService.class);

  private final CitizenStore store;
  private final PasswordEncoder passwords;
  private final RealPersonAuthentication realPerson;
  private final LoginThrottle throttle;
  private final Clock clock;
  /** Compared against when the phone is unknown, so a login takes as long whether or not the account exists. */
  private final String unknownAccountHash;

  AccountService(CitizenStore store, PasswordEncoder passwords, RealPersonAuthentication realPerson,
      LoginThrottle throttle, Clock clock) {
    this.store = store;
    this.passwords = passwords;
    this.realPerson = realPerson;
    this.throttle = throttle;
    this.clock = clock;
    this.unknownAccountHash = passwords.encode("no-such-account");
  }

  /** A self-registered account is never real-name: that takes a window visit or real-person authentication. */
  @Transactional
  public Citizen register(String phone, String password, String name, String idNumber) {
    if (store.phoneTaken(phone)) {
      throw BusinessException.conflict(PHONE_REGISTERED, "该手机号码已注册，请直接登录");
    }
    if (store.idNumberTaken(idNumber)) {
      throw BusinessException.conflict(ID_NUMBER_REGISTERED, "该身份证号码已注册账户");
    }
    try {
      long id = store.insert(phone, passwords.encode(password), name, idNumber, false,
          OffsetDateTime.now(clock));
      log.info("Citizen {} registered with phone {}", id, Mask.phone(phone));
      return new Citizen(id, phone, name, idNumber, false);
    } catch (DuplicateKeyException raced) {
      throw BusinessException.conflict(PHONE_REGISTERED, "该手机号码或身份证号码已注册");
    }
  }

  /**
   * @return the citizen whose phone and password match; otherwise one answer, whichever was wrong. Too many wrong
   *     passwords lock the phone for a while.
   */
  @Transactional
  public Citizen authenticate(String phone, String password) {
    throttle.requireNotLocked(phone);
    String hash = store.passwordHash(phone).orElse(unknownAccountHash);
    boolean matches = passwords.matches(password, hash);
    Citizen citizen = store.findByPhone(phone).filter(c -> matches).orElse(null);
    if (citizen == null) {
      throttle.recordFailure(phone);
      throw new BusinessException(HttpStatus.UNAUTHORIZED, LOGIN_FAILED, "手机号码或密码错误");
    }
    throttle.recordSuccess(phone);
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
      case PASSED -> store.markRealName(citizenId);
      case FAILED -> throw BusinessException.refused(REAL_PERSON_FAILED, "人像比对未通过，请本人重新进行实人认证");
      case UNAVAILABLE -> throw new BusinessException(HttpStatus.SERVICE_UNAVAILABLE, REAL_PERSON_UNAVAILABLE,
          "实人认证服务暂不可用，请稍后再试或到车管所窗口办理实名认证");
    }
    log.info("Citizen {} became real-name by real-person authentication", citizenId);
    return get(citizenId);
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
