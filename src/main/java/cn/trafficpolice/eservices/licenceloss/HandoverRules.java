package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.error.BusinessException;

/** What a window clerk must state to complete the handover task, whatever form or client completes it. */
final class HandoverRules {

  static final String ID_CHECK_REQUIRED = "ID_CHECK_REQUIRED";
  static final String HANDOVER_DECISION_REQUIRED = "HANDOVER_DECISION_REQUIRED";

  private HandoverRules() {
  }

  /**
   * The licence was handed over, or not; a licence is handed over only after the collector's ID card was checked.
   * A visit without handover (the collector left, or came without the card) needs no check.
   */
  static void require(Object idChecked, Object handedOver) {
    if (!(handedOver instanceof Boolean)) {
      throw BusinessException.invalid(HANDOVER_DECISION_REQUIRED, "请选择是否已发放驾驶证");
    }
    if (Boolean.TRUE.equals(handedOver) && !Boolean.TRUE.equals(idChecked)) {
      throw BusinessException.invalid(ID_CHECK_REQUIRED, "发放驾驶证前须核验领证人的身份证件");
    }
  }
}
