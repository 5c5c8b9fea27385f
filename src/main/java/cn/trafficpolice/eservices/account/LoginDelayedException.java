package cn.trafficpolice.eservices.account;

import cn.trafficpolice.eservices.error.BusinessException;
import org.springframework.http.HttpStatus;

/** A login attempt made before the throttle's delay ran out; answered 429 with {@code Retry-After}. */
class LoginDelayedException extends BusinessException {

  static final String LOGIN_DELAYED = "LOGIN_DELAYED";

  private final long retryAfterSeconds;

  LoginDelayedException(long retryAfterSeconds) {
    super(HttpStatus.TOO_MANY_REQUESTS, LOGIN_DELAYED, "登录尝试过于频繁，请" + retryAfterSeconds + "秒后再试");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
