package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.error.BusinessException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** EL-1: the application is refused; the citizen is told every reason at once, not only the first. */
class EligibilityRefused extends BusinessException {

  private final transient List<BlockingReason> reasons;

  EligibilityRefused(List<BlockingReason> reasons) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, reasons.get(0).code(), detail(reasons));
    this.reasons = List.copyOf(reasons);
  }

  List<BlockingReason> reasons() {
    return reasons;
  }

  /** "驾驶证状态为暂扣(D)；驾驶证状态为扣押(K)，不能申领电子驾驶证". */
  static String detail(List<BlockingReason> reasons) {
    return reasons.stream().map(BlockingReason::reason).collect(Collectors.joining("；")) + "，不能申领电子驾驶证";
  }
}
