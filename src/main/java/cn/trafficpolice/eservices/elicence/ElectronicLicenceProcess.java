package cn.trafficpolice.eservices.elicence;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@value #KEY} ({@code processes/ElectronicLicenceApplication.bpmn}) and the decision
 * {@value #DECISION_LICENCE_STATE} ({@code processes/LicenceStateEligibility.dmn}, evaluated by
 * {@link LicenceStateDecision} before an application is submitted): element ids, message, variables, decision
 * inputs and outputs, and delegate bean names. Variables hold ids and decisions; the application's data lives in
 * table {@code elicence_application}.
 */
public final class ElectronicLicenceProcess {

  public static final String KEY = "ElectronicLicenceApplication";
  public static final String DECISION_LICENCE_STATE = "LicenceStateEligibility";

  public static final String START_EVENT_APPLICATION_SUBMITTED = "StartEvent_ApplicationSubmitted";
  public static final String GATEWAY_RETAINED_PHOTO = "Gateway_RetainedPhoto";
  public static final String GATEWAY_JOIN_REVIEW = "Gateway_JoinReview";
  public static final String TASK_REVIEW_PHOTO = "Task_ReviewPhoto";
  public static final String GATEWAY_PHOTO_ACCEPTED = "Gateway_PhotoAccepted";
  public static final String TASK_REJECT_PHOTO = "Task_RejectPhoto";
  public static final String GATEWAY_REJECTIONS_EXHAUSTED = "Gateway_RejectionsExhausted";
  public static final String EVENT_NEW_PHOTO_UPLOADED = "Event_NewPhotoUploaded";
  public static final String TASK_DIRECT_TO_WINDOW = "Task_DirectToWindow";
  public static final String END_EVENT_WINDOW_REQUIRED = "EndEvent_WindowRequired";
  public static final String GATEWAY_JOIN_GENERATION = "Gateway_JoinGeneration";
  public static final String TASK_GENERATE_LICENCE = "Task_GenerateLicence";
  public static final String END_EVENT_LICENCE_ISSUED = "EndEvent_LicenceIssued";

  /** Correlated by business key when the citizen uploads a new photo after a rejection. */
  public static final String MESSAGE_NEW_PHOTO_UPLOADED = "Message_LicencePhotoUploaded";

  /** Input of the decision: the licence's state letters, e.g. "HM" (String). */
  public static final String DECISION_IN_LICENCE_STATES = "licenceStates";
  /** Input of the decision: whether a deferred medical check is overdue (Boolean). */
  public static final String DECISION_IN_MEDICAL_CHECK_OVERDUE = "medicalCheckOverdue";
  /** Output of the decision, one per matched row: the blocking state's letter. */
  public static final String DECISION_OUT_BLOCKING_STATE = "blockingState";
  /** Output of the decision, one per matched row: the reason told to the citizen. */
  public static final String DECISION_OUT_REASON = "reason";
  /** {@link PhotoSource} name (String). */
  public static final String VAR_PHOTO_SOURCE = "photoSource";
  /** The reviewer's decision (Boolean), set by the Tasklist form. */
  public static final String VAR_PHOTO_APPROVED = "photoApproved";
  /** A {@link PhotoRejectionReason} name, required when the photo is rejected. */
  public static final String VAR_REJECTION_REASON = "rejectionReason";
  /** The reviewer's remark to the citizen; required with {@link PhotoRejectionReason#OTHER}. */
  public static final String VAR_REVIEW_NOTE = "reviewNote";
  /** How many times the application's photo was rejected so far (Integer). */
  public static final String VAR_PHOTO_REJECTIONS = "photoRejections";

  public static final String BEAN_GENERATE_LICENCE = "electronicLicenceGenerate";
  public static final String BEAN_REJECT_PHOTO = "electronicLicenceRejectPhoto";
  public static final String BEAN_DIRECT_TO_WINDOW = "electronicLicenceDirectToWindow";
  public static final String BEAN_REVIEW_DECISION = "electronicLicenceReviewDecision";

  private ElectronicLicenceProcess() {
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
