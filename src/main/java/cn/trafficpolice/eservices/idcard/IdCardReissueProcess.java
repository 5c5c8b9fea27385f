package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.security.ProtectedVariable;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@value #KEY} ({@code processes/IdCardReissue.bpmn}): element ids, messages, variables and bean
 * names. Variables hold the channel, dates, references and the clerks' decisions; the application's data lives
 * in table {@code id_card_reissue}. The business key is the serial number.
 */
public final class IdCardReissueProcess {

  public static final String KEY = "IdCardReissue";

  public static final String START_EVENT_SUBMITTED = "StartEvent_ApplicationSubmitted";
  public static final String GATEWAY_ELIGIBLE_ONLINE = "Gateway_EligibleOnline";
  public static final String TASK_AWAIT_PAYMENT = "Task_AwaitPayment";
  public static final String TIMER_PAYMENT_DEADLINE = "Timer_PaymentDeadline";
  public static final String TASK_CANCEL_UNPAID = "Task_CancelUnpaid";
  public static final String END_EVENT_APPLICATION_CANCELLED = "EndEvent_ApplicationCancelled";
  public static final String TASK_REVIEW_APPOINTMENT = "Task_ReviewAppointment";
  public static final String GATEWAY_APPOINTMENT_APPROVED = "Gateway_AppointmentApproved";
  public static final String TASK_REJECT_APPOINTMENT = "Task_RejectAppointment";
  public static final String END_EVENT_APPOINTMENT_REJECTED = "EndEvent_AppointmentRejected";
  public static final String TASK_NOTIFY_APPOINTMENT = "Task_NotifyAppointment";
  public static final String TASK_RECORD_FINGERPRINTS_AND_FEE = "Task_RecordFingerprintsAndFee";
  public static final String TIMER_APPOINTMENT_MISSED = "Timer_AppointmentMissed";
  public static final String TASK_EXPIRE_APPOINTMENT = "Task_ExpireAppointment";
  public static final String END_EVENT_APPOINTMENT_EXPIRED = "EndEvent_AppointmentExpired";
  public static final String GATEWAY_JOIN_ACCEPTANCE = "Gateway_JoinAcceptance";
  public static final String TASK_ACCEPT_APPLICATION = "Task_AcceptApplication";
  public static final String TASK_RECORD_CARD_PRODUCED = "Task_RecordCardProduced";
  public static final String TIMER_PRODUCTION_DEADLINE = "Timer_ProductionDeadline";
  public static final String TASK_SUPERVISE_PRODUCTION = "Task_SuperviseProduction";
  public static final String END_EVENT_PRODUCTION_SUPERVISED = "EndEvent_ProductionSupervised";
  public static final String GATEWAY_DELIVERY_METHOD = "Gateway_DeliveryMethod";
  public static final String TASK_POST_CARD = "Task_PostCard";
  public static final String TASK_AWAIT_DELIVERY = "Task_AwaitDelivery";
  public static final String TASK_COMPLETE_DELIVERED = "Task_CompleteDelivered";
  public static final String END_EVENT_CARD_DELIVERED = "EndEvent_CardDelivered";
  public static final String TASK_NOTIFY_READY_FOR_PICKUP = "Task_NotifyReadyForPickup";
  public static final String TASK_HAND_OVER_CARD = "Task_HandOverCard";
  public static final String TASK_COMPLETE_COLLECTED = "Task_CompleteCollected";
  public static final String END_EVENT_CARD_COLLECTED = "EndEvent_CardCollected";

  public static final String SUB_PROCESS_ISSUE_OVERDUE = "SubProcess_IssueOverdue";
  public static final String TIMER_ISSUE_DEADLINE = "Timer_IssueDeadline";
  public static final String TASK_SUPERVISE_OVERDUE = "Task_SuperviseOverdue";
  public static final String END_EVENT_OVERDUE_SUPERVISED = "EndEvent_OverdueSupervised";

  public static final String SUB_PROCESS_TEMPORARY_CARD = "SubProcess_TemporaryCard";
  public static final String START_EVENT_TEMPORARY_CARD_REQUESTED = "StartEvent_TemporaryCardRequested";
  public static final String TASK_ISSUE_TEMPORARY_CARD = "Task_IssueTemporaryCard";
  public static final String TASK_NOTIFY_TEMPORARY_CARD = "Task_NotifyTemporaryCard";
  public static final String END_EVENT_TEMPORARY_CARD_HANDLED = "EndEvent_TemporaryCardHandled";

  /** The payment platform confirmed the fee (ID-2). */
  public static final String MESSAGE_PAYMENT_CONFIRMED = "Message_IdCardPaymentConfirmed";
  /** The postal service reports the parcel delivered. */
  public static final String MESSAGE_CARD_DELIVERED = "Message_IdCardDelivered";
  /** The citizen asks for a temporary ID card while waiting (ID-4). */
  public static final String MESSAGE_TEMPORARY_CARD_REQUESTED = "Message_IdCardTemporaryCardRequested";

  /** Integer: ID-3, working days after the appointment time before an appointment not kept expires. */
  public static final String VAR_APPOINTMENT_NO_SHOW_WORKING_DAYS = "appointmentNoShowWorkingDays";
  /** String: a {@link ReissueChannel} name. */
  public static final String VAR_CHANNEL = "channel";
  /** String: a {@link CardDelivery} name. */
  public static final String VAR_DELIVERY = "delivery";
  /** Date: ID-4, 60 days after the application (90 in remote areas). */
  public static final String VAR_ISSUE_DEADLINE = "issueDeadline";
  /** Integer: ID-2, working days from acceptance to the card produced. */
  public static final String VAR_PRODUCTION_WORKING_DAYS = "productionWorkingDays";
  /** String: the online fee's payment order. */
  @ProtectedVariable
  public static final String VAR_PAYMENT_ORDER_NUMBER = "paymentOrderNumber";
  /** Date: when the unpaid online application is cancelled. */
  public static final String VAR_PAYMENT_DEADLINE = "paymentDeadline";
  /** String: the postal tracking number. */
  public static final String VAR_TRACKING_NUMBER = "trackingNumber";
  /** Boolean, review form: the appointment registration is correct. */
  public static final String VAR_APPOINTMENT_APPROVED = "appointmentApproved";
  /** Date, review form: when the citizen is to come, required on approval. */
  public static final String VAR_APPOINTMENT_TIME = "appointmentTime";
  /** String, review form: where the citizen is to come, required on approval. */
  public static final String VAR_APPOINTMENT_PLACE = "appointmentPlace";
  /** String, review form: why the registration is returned, required on rejection. */
  public static final String VAR_REJECTION_REASON = "rejectionReason";
  /** Boolean, appointment form: fingerprints were collected at the office. */
  public static final String VAR_FINGERPRINTS_COLLECTED = "fingerprintsCollected";
  /** Boolean, appointment form: the fee was paid at the office. */
  public static final String VAR_FEE_PAID = "feePaid";
  /** Boolean, production form: the provincial centre's card arrived. */
  public static final String VAR_CARD_PRODUCED = "cardProduced";
  /** Boolean, handover form: the collector's identity was checked and the card handed over. */
  public static final String VAR_CARD_HANDED_OVER = "cardHandedOver";
  /** String, supervision forms (ID-2 production, ID-4 issue): what the head did about the overdue application. */
  public static final String VAR_SUPERVISION_NOTE = "supervisionNote";
  /** Boolean, temporary card form: a temporary card was issued. */
  public static final String VAR_TEMPORARY_CARD_ISSUED = "temporaryCardIssued";
  /** String, temporary card form: where to collect it, or why none was issued. */
  public static final String VAR_TEMPORARY_CARD_NOTE = "temporaryCardNote";

  public static final String BEAN_CANCEL_UNPAID = "idCardCancelUnpaid";
  public static final String BEAN_REJECT_APPOINTMENT = "idCardRejectAppointment";
  public static final String BEAN_EXPIRE_APPOINTMENT = "idCardExpireAppointment";
  public static final String BEAN_NOTIFY_APPOINTMENT = "idCardNotifyAppointment";
  public static final String BEAN_ACCEPT_APPLICATION = "idCardAcceptApplication";
  public static final String BEAN_POST_CARD = "idCardPostCard";
  public static final String BEAN_COMPLETE_DELIVERED = "idCardCompleteDelivered";
  public static final String BEAN_NOTIFY_READY_FOR_PICKUP = "idCardNotifyReadyForPickup";
  public static final String BEAN_COMPLETE_COLLECTED = "idCardCompleteCollected";
  public static final String BEAN_NOTIFY_TEMPORARY_CARD = "idCardNotifyTemporaryCard";
  public static final String BEAN_CLERK_DECISION = "idCardClerkDecision";

  private IdCardReissueProcess() {
  }

  public static Boolean appointmentApproved(VariableScope scope) {
    return (Boolean) scope.getVariable(VAR_APPOINTMENT_APPROVED);
  }

  public static Date appointmentTime(VariableScope scope) {
    return (Date) scope.getVariable(VAR_APPOINTMENT_TIME);
  }

  public static String appointmentPlace(VariableScope scope) {
    return (String) scope.getVariable(VAR_APPOINTMENT_PLACE);
  }

  public static String rejectionReason(VariableScope scope) {
    return (String) scope.getVariable(VAR_REJECTION_REASON);
  }

  public static Boolean fingerprintsCollected(VariableScope scope) {
    return (Boolean) scope.getVariable(VAR_FINGERPRINTS_COLLECTED);
  }

  public static Boolean feePaid(VariableScope scope) {
    return (Boolean) scope.getVariable(VAR_FEE_PAID);
  }

  public static Boolean cardProduced(VariableScope scope) {
    return (Boolean) scope.getVariable(VAR_CARD_PRODUCED);
  }

  public static Boolean cardHandedOver(VariableScope scope) {
    return (Boolean) scope.getVariable(VAR_CARD_HANDED_OVER);
  }

  public static String supervisionNote(VariableScope scope) {
    return (String) scope.getVariable(VAR_SUPERVISION_NOTE);
  }

  public static Boolean temporaryCardIssued(VariableScope scope) {
    return (Boolean) scope.getVariable(VAR_TEMPORARY_CARD_ISSUED);
  }

  public static String temporaryCardNote(VariableScope scope) {
    return (String) scope.getVariable(VAR_TEMPORARY_CARD_NOTE);
  }
}
