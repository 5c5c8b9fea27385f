package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.error.BusinessException;
import java.util.Arrays;

/**
 * A reviewer's decision (PA-3): approve only after ticking both PA-2 checks (the identity proof matches the
 * citizen, the invoice matches the VIN), or reject with a reason from {@link AppealRejectionReason} and a remark
 * (required for "other"). Checked on completion, whatever form or client completes the task.
 */
public record AppealDecision(boolean approved, AppealRejectionReason reason, String note) {

  static final String REVIEW_DECISION_INVALID = "REVIEW_DECISION_INVALID";
  // the explanation (reason and remark) fits plate_appeal.rejection_reason, VARCHAR(200)
  static final int MAX_NOTE_LENGTH = 150;

  public static AppealDecision of(Boolean approved, String reason, String note, Boolean identityProofMatches,
      Boolean invoiceMatchesVin) {
    if (approved == null) {
      throw invalid("请选择审核结果：申诉成立或不成立");
    }
    if (note != null && note.length() > MAX_NOTE_LENGTH) {
      throw invalid("审核意见不能超过" + MAX_NOTE_LENGTH + "字");
    }
    if (approved) {
      if (!Boolean.TRUE.equals(identityProofMatches) || !Boolean.TRUE.equals(invoiceMatchesVin)) {
        throw invalid("申诉成立前须核对并勾选：身份证明与申诉人一致、购车发票与车辆识别代号一致");
      }
      return new AppealDecision(true, null, note);
    }
    AppealRejectionReason rejection = Arrays.stream(AppealRejectionReason.values())
        .filter(r -> r.name().equals(reason)).findFirst()
        .orElseThrow(() -> invalid("申诉不成立时须选择原因"));
    if (rejection == AppealRejectionReason.OTHER && (note == null || note.isBlank())) {
      throw invalid("原因为“其他”时须填写审核意见");
    }
    return new AppealDecision(false, rejection, note == null || note.isBlank() ? null : note.trim());
  }

  /** What the citizen is told. */
  public String explanation() {
    return note == null ? reason.label() : reason.label() + "（" + note + "）";
  }

  private static BusinessException invalid(String message) {
    return BusinessException.invalid(REVIEW_DECISION_INVALID, message);
  }
}
