package cn.trafficpolice.eservices.idcard;

import static cn.trafficpolice.eservices.idcard.IdCardReissueProcess.*;

import cn.trafficpolice.eservices.error.BusinessException;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What each clerk's and head's task needs before it may complete, checked when it completes: whatever form (or
 * API call) completes a task, the process refuses an incomplete decision.
 */
final class ClerkDecisions {

  static final int MAX_TEXT_LENGTH = 200;

  private ClerkDecisions() {
  }

  /** @throws BusinessException {@link IdCardErrors#CLERK_DECISION_INVALID} with what is missing */
  static void check(String taskKey, VariableScope decision, Instant now) {
    switch (taskKey) {
      case TASK_REVIEW_APPOINTMENT -> review(decision, now);
      case TASK_RECORD_FINGERPRINTS_AND_FEE -> require(Boolean.TRUE.equals(fingerprintsCollected(decision))
          && Boolean.TRUE.equals(feePaid(decision)), "须现场采集指纹并收取工本费后才能提交");
      case TASK_RECORD_CARD_PRODUCED -> require(Boolean.TRUE.equals(cardProduced(decision)),
          "须确认省级制证中心制作的身份证已到达");
      case TASK_HAND_OVER_CARD -> require(Boolean.TRUE.equals(cardHandedOver(decision)),
          "须核验领证人身份并发放身份证后才能提交");
      case TASK_SUPERVISE_OVERDUE, TASK_SUPERVISE_PRODUCTION -> text(supervisionNote(decision), "请填写督办意见");
      case TASK_ISSUE_TEMPORARY_CARD -> temporaryCard(decision);
      default -> throw new IllegalArgumentException("no decision defined for task " + taskKey);
    }
  }

  /** ID-3: approve with the time and place offered, or return with a reason. */
  private static void review(VariableScope decision, Instant now) {
    Boolean approved = appointmentApproved(decision);
    require(approved != null, "请选择审核结果：通过或退回");
    if (approved) {
      Date time = appointmentTime(decision);
      require(time != null, "审核通过时须填写办理时间");
      require(time.toInstant().isAfter(now), "办理时间须晚于当前时间");
      text(appointmentPlace(decision), "审核通过时须填写办理地点");
    } else {
      text(rejectionReason(decision), "退回时须填写原因");
    }
  }

  private static void temporaryCard(VariableScope decision) {
    Boolean issued = temporaryCardIssued(decision);
    require(issued != null, "请选择是否签发临时身份证");
    text(temporaryCardNote(decision), issued ? "请填写临时身份证的领取地点" : "未签发时须填写原因");
  }

  private static void text(String value, String missing) {
    require(value != null && !value.isBlank(), missing);
    require(value.length() <= MAX_TEXT_LENGTH, "填写的内容不能超过" + MAX_TEXT_LENGTH + "字");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw BusinessException.invalid(IdCardErrors.CLERK_DECISION_INVALID, message);
    }
  }
}
