package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.error.BusinessException;

/** A PP-9 refusal: answered with {@code appealPossible: true} and where to appeal (PA-1). */
public class AppealableRefusal extends BusinessException {

  public AppealableRefusal(String code, String message) {
    super(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY, code, message);
  }
}
