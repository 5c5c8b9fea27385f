package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.error.BusinessException;

/** What a window clerk must state to complete the handover task, whatever form or client completes it. */
final class HandoverRules {

  static final String ID_CHECK_REQUIRED = "ID_CHECK_REQUIRED";
  static final String HANDOVER_DECISION_REQUIRED = "HANDOVER_DECISION_REQUIRED";

  private HandoverRules() {
  }

  /** The collector's ID card is always checked; then the licence was handed over, or not. */
  static void require(Object idChecked, Object handedOver) {
    if (!Boolean.TRUE.equals(idChecked)) {
      throw BusinessException.invalid(ID_CHECK_REQUIRED, "请先核验领证人的身份证件");
    }
    if (!(handedOver instanceof Boolean)) {
      throw BusinessException.invalid(HANDOVER_DECISION_REQUIRED, "请选择是否已发放驾驶证");
    }
  }
}
