package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.error.BusinessException;
import java.util.Arrays;

/**
 * A reviewer's decision on a hand-held ID photo (NF-3): approve, or reject with one of the NF-3 reasons and an
 * optional remark. Checked when the task completes, so no form can end the review without a valid decision.
 */
public record ReviewDecision(boolean approved, RejectionReason reason, String note) {

  static final int MAX_NOTE_LENGTH = 200;

  public static ReviewDecision of(Boolean approved, String reason, String note) {
    if (approved == null) {
      throw invalid("请选择审核结果：通过或退办");
    }
    if (note != null && note.length() > MAX_NOTE_LENGTH) {
      throw invalid("审核意见不能超过" + MAX_NOTE_LENGTH + "字");
    }
    if (approved) {
      return new ReviewDecision(true, null, note);
    }
    RejectionReason rejection = Arrays.stream(RejectionReason.values()).filter(r -> r.name().equals(reason))
        .findFirst().orElseThrow(() -> invalid("退办时须选择退办原因"));
    return new ReviewDecision(false, rejection, note);
  }

  private static BusinessException invalid(String message) {
    return BusinessException.invalid(FilingErrors.REVIEW_DECISION_INVALID, message);
  }
}
