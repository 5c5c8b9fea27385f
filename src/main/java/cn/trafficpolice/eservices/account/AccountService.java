package cn.trafficpolice.eservices.account;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.privacy.Mask;
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

  private static final Logger log = LoggerFactory.getLogger(AccountService.class);

  private final CitizenStore store;
  private final PasswordEncoder passwords;
  private final Clock clock;
  /** Compared against when the phone is unknown, so a login takes as long whether or not the account exists. */
  private final String unknownAccountHash;

  AccountService(CitizenStore store, PasswordEncoder passwords, Clock clock) {
    this.store = store;
    this.passwords = passwords;
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

  /** @return the citizen whose phone and password match; otherwise one answer, whichever was wrong */
  @Transactional(readOnly = true)
  public Citizen authenticate(String phone, String password) {
    String hash = store.passwordHash(phone).orElse(unknownAccountHash);
    boolean matches = passwords.matches(password, hash);
    return store.findByPhone(phone).filter(c -> matches)
        .orElseThrow(() -> new BusinessException(HttpStatus.UNAUTHORIZED, LOGIN_FAILED, "手机号码或密码错误"));
  }

  @Transactional(readOnly = true)
  public Citizen get(long citizenId) {
    return store.findById(citizenId).orElseThrow(() -> BusinessException.notFound("账户不存在"));
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
