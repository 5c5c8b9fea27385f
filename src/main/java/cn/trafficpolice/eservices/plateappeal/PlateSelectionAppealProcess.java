package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.security.ProtectedVariable;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@value #KEY} ({@code processes/PlateSelectionAppeal.bpmn}), its own process beside the
 * pre-selection: a citizen refused by PP-9 appeals with photos (PA-2), a plate-appeal reviewer decides (PA-3).
 * Variables hold the appeal's id and the decision; the data lives in table {@code plate_appeal}.
 */
public final class PlateSelectionAppealProcess {

  public static final String KEY = "PlateSelectionAppeal";

  public static final String START_EVENT_APPEAL_SUBMITTED = "StartEvent_AppealSubmitted";
  public static final String TASK_REVIEW_APPEAL = "Task_ReviewAppeal";
  public static final String GATEWAY_APPEAL_APPROVED = "Gateway_AppealApproved";
  public static final String TASK_CLEAR_BLOCKING_RECORD = "Task_ClearBlockingRecord";
  public static final String TASK_REJECT_APPEAL = "Task_RejectAppeal";
  public static final String END_EVENT_APPEAL_APPROVED = "EndEvent_AppealApproved";
  public static final String END_EVENT_APPEAL_REJECTED = "EndEvent_AppealRejected";

  /** {@code plate_appeal.id} (Long). */
  @ProtectedVariable
  public static final String VAR_APPEAL_ID = "appealId";
  /** The reviewer's decision (Boolean), set by the Tasklist form. */
  public static final String VAR_APPEAL_APPROVED = "appealApproved";
  /** Why the appeal was rejected (String), required when rejected. */
  public static final String VAR_REJECTION_REASON = "rejectionReason";

  public static final String BEAN_APPROVE_APPEAL = "plateAppealApprove";
  public static final String BEAN_REJECT_APPEAL = "plateAppealReject";
  public static final String BEAN_REVIEW_DECISION = "plateAppealReviewDecision";

  public static final String FORM_KEY = "embedded:deployment:forms/review-plate-appeal.html";

  private PlateSelectionAppealProcess() {
  }

  public static long appealId(VariableScope scope) {
    return ((Number) scope.getVariable(VAR_APPEAL_ID)).longValue();
  }

  public static Boolean approved(VariableScope scope) {
    return (Boolean) scope.getVariable(VAR_APPEAL_APPROVED);
  }

  public static String rejectionReason(VariableScope scope) {
    return (String) scope.getVariable(VAR_REJECTION_REASON);
  }
}
