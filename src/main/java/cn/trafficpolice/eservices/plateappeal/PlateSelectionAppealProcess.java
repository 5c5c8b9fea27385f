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
  /** Why the appeal was rejected (String, an {@link AppealRejectionReason}), required when rejected. */
  public static final String VAR_REJECTION_REASON = "rejectionReason";
  /** The reviewer's remark (String), told to the citizen with the reason; required for "other". */
  public static final String VAR_REVIEW_NOTE = "reviewNote";
  /** PA-2 check ticked by the reviewer (Boolean): the identity proof matches the citizen; needed to approve. */
  public static final String VAR_IDENTITY_PROOF_MATCHES = "identityProofMatches";
  /** PA-2 check ticked by the reviewer (Boolean): the invoice matches the VIN; needed to approve. */
  public static final String VAR_INVOICE_MATCHES_VIN = "invoiceMatchesVin";

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

  /** The decision as the reviewer left it on the task's variables, checked. */
  public static AppealDecision decision(VariableScope scope) {
    return AppealDecision.of(approved(scope), rejectionReason(scope), (String) scope.getVariable(VAR_REVIEW_NOTE),
        (Boolean) scope.getVariable(VAR_IDENTITY_PROOF_MATCHES), (Boolean) scope.getVariable(VAR_INVOICE_MATCHES_VIN));
  }
}
