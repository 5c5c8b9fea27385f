package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.error.BusinessException;

/** A reviewer's decision (PA-3): approve, or reject with a reason the citizen reads. Checked on completion. */
public record AppealDecision(boolean approved, String reason) {

  static final String REVIEW_DECISION_INVALID = "REVIEW_DECISION_INVALID";
  static final int MAX_REASON_LENGTH = 200;

  public static AppealDecision of(Boolean approved, String reason) {
    if (approved == null) {
      throw invalid("请选择审核结果：申诉成立或不成立");
    }
    if (approved) {
      return new AppealDecision(true, null);
    }
    if (reason == null || reason.isBlank()) {
      throw invalid("申诉不成立时须填写原因");
    }
    if (reason.length() > MAX_REASON_LENGTH) {
      throw invalid("原因不能超过" + MAX_REASON_LENGTH + "字");
    }
    return new AppealDecision(false, reason.trim());
  }

  private static BusinessException invalid(String message) {
    return BusinessException.invalid(REVIEW_DECISION_INVALID, message);
  }
}
