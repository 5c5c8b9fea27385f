package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.error.BusinessException;
import java.util.Arrays;

/**
 * A reviewer's decision on a portrait (EL-3): approve, or reject with a reason from the list and a remark
 * (required for "other"). Checked when the task completes, so no form can end the review without one.
 */
public record PhotoReviewDecision(boolean approved, PhotoRejectionReason reason, String note) {

  static final int MAX_NOTE_LENGTH = 200;

  public static PhotoReviewDecision of(Boolean approved, String reason, String note) {
    if (approved == null) {
      throw invalid("请选择审核结果：通过或退回");
    }
    if (note != null && note.length() > MAX_NOTE_LENGTH) {
      throw invalid("审核意见不能超过" + MAX_NOTE_LENGTH + "字");
    }
    if (approved) {
      return new PhotoReviewDecision(true, null, note);
    }
    PhotoRejectionReason rejection = Arrays.stream(PhotoRejectionReason.values())
        .filter(r -> r.name().equals(reason)).findFirst()
        .orElseThrow(() -> invalid("退回时须选择退回原因"));
    if (rejection == PhotoRejectionReason.OTHER && (note == null || note.isBlank())) {
      throw invalid("退回原因为“其他”时须填写审核意见");
    }
    return new PhotoReviewDecision(false, rejection, note);
  }

  /** What the citizen is told. */
  public String explanation() {
    return note == null || note.isBlank() ? reason.label() : reason.label() + "（" + note.trim() + "）";
  }

  private static BusinessException invalid(String message) {
    return BusinessException.invalid(ElectronicLicenceErrors.REVIEW_DECISION_INVALID, message);
  }
}
