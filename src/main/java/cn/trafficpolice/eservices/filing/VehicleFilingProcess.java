package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.security.ProtectedVariable;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@value #KEY} ({@code processes/NonOwnedVehicleFiling.bpmn}): its element ids, message, variables
 * and delegate bean names. Variables hold ids and decisions only; the filing's data lives in table
 * {@code vehicle_filing}.
 */
public final class VehicleFilingProcess {

  public static final String KEY = "NonOwnedVehicleFiling";

  public static final String START_EVENT_FILING_SUBMITTED = "StartEvent_FilingSubmitted";
  public static final String GATEWAY_REAL_PERSON_PASSED = "Gateway_RealPersonPassed";
  public static final String TASK_AWAIT_ID_PHOTO = "Task_AwaitIdPhoto";
  public static final String EVENT_PHOTO_OVERDUE = "Event_PhotoOverdue";
  public static final String TASK_CLOSE_OVERDUE_FILING = "Task_CloseOverdueFiling";
  public static final String END_EVENT_FILING_LAPSED = "EndEvent_FilingLapsed";
  public static final String TASK_REVIEW_FILING_PHOTO = "Task_ReviewFilingPhoto";
  public static final String GATEWAY_PHOTO_APPROVED = "Gateway_PhotoApproved";
  public static final String TASK_REJECT_FILING = "Task_RejectFiling";
  public static final String END_EVENT_FILING_REJECTED = "EndEvent_FilingRejected";
  public static final String GATEWAY_JOIN_APPROVAL = "Gateway_JoinApproval";
  public static final String TASK_APPROVE_FILING = "Task_ApproveFiling";
  public static final String END_EVENT_FILING_APPROVED = "EndEvent_FilingApproved";

  public static final String FLOW_SUBMITTED = "Flow_Submitted";
  public static final String FLOW_REAL_PERSON_PASSED = "Flow_RealPersonPassed";
  public static final String FLOW_REAL_PERSON_NOT_PASSED = "Flow_RealPersonNotPassed";
  public static final String FLOW_PHOTO_UPLOADED = "Flow_PhotoUploaded";
  public static final String FLOW_PHOTO_OVERDUE = "Flow_PhotoOverdue";
  public static final String FLOW_LAPSED = "Flow_Lapsed";
  public static final String FLOW_REVIEWED = "Flow_Reviewed";
  public static final String FLOW_PHOTO_APPROVED = "Flow_PhotoApproved";
  public static final String FLOW_PHOTO_REJECTED = "Flow_PhotoRejected";
  public static final String FLOW_REJECTED = "Flow_Rejected";
  public static final String FLOW_TO_APPROVAL = "Flow_ToApproval";
  public static final String FLOW_APPROVED = "Flow_Approved";

  /** Correlated by business key when the filer uploads the hand-held ID photo. */
  public static final String MESSAGE_PHOTO_UPLOADED = "Message_FilingPhotoUploaded";

  /** {@code vehicle_filing.id} (Long). */
  @ProtectedVariable
  public static final String VAR_FILING_ID = "filingId";
  /** Whether real-person authentication passed at submission (Boolean). */
  public static final String VAR_REAL_PERSON_PASSED = "realPersonPassed";
  /** The reviewer's decision (Boolean), set by the Tasklist form. */
  public static final String VAR_PHOTO_APPROVED = "photoApproved";
  /** A {@link RejectionReason} name, required when the photo is rejected. */
  public static final String VAR_REJECTION_REASON = "rejectionReason";
  /** The reviewer's optional free-text remark to the filer. */
  public static final String VAR_REVIEW_NOTE = "reviewNote";

  public static final String BEAN_APPROVE_FILING = "vehicleFilingApprove";
  public static final String BEAN_REJECT_FILING = "vehicleFilingReject";
  public static final String BEAN_CLOSE_OVERDUE_FILING = "vehicleFilingCloseOverdue";
  public static final String BEAN_REVIEW_DECISION = "vehicleFilingReviewDecision";

  private VehicleFilingProcess() {
  }

  public static long filingId(VariableScope scope) {
    return ((Number) scope.getVariable(VAR_FILING_ID)).longValue();
  }

  public static Boolean photoApproved(VariableScope scope) {
    return (Boolean) scope.getVariable(VAR_PHOTO_APPROVED);
  }

  public static String rejectionReason(VariableScope scope) {
    return (String) scope.getVariable(VAR_REJECTION_REASON);
  }

  public static String reviewNote(VariableScope scope) {
    return (String) scope.getVariable(VAR_REVIEW_NOTE);
  }
}
