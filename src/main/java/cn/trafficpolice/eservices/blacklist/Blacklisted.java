package cn.trafficpolice.eservices.blacklist;

import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.error.ErrorCodes;
import org.springframework.http.HttpStatus;

/** SH-5: the person may not start the business; says why and until when (403, {@code BLACKLISTED}). */
public class Blacklisted extends BusinessException {

  private final transient BlacklistEntry entry;

  Blacklisted(BlacklistEntry entry, Business business) {
    super(HttpStatus.FORBIDDEN, ErrorCodes.BLACKLISTED, "因%s，您已被列入互联网黑名单，%s前不能办理%s（%s）"
        .formatted(entry.reason(), entry.endsOn(), entry.kind().blocks(), business.label()));
    this.entry = entry;
  }

  public BlacklistEntry entry() {
    return entry;
  }
}
