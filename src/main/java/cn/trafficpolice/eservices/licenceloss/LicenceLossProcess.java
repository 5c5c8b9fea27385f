package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.security.ProtectedVariable;

/**
 * The process {@code processes/LicenceLossReplacement.bpmn}: its key, element ids, message and variable names.
 * Variables hold dates and decisions only: the serial number is the business key, the figures are the bean
 * {@link LicenceLossFigures}, the application's data lives in its tables.
 */
public final class LicenceLossProcess {

  public static final String KEY = "LicenceLossReplacement";

  public static final String START_EVENT_SUBMITTED = "StartEvent_ApplicationSubmitted";
  public static final String TIMER_NEXT_WORKING_DAY = "Timer_NextWorkingDay";
  public static final String TASK_CHECK_LICENCE = "Task_CheckLicence";
  public static final String GATEWAY_LICENCE_STILL_VALID = "Gateway_LicenceStillValid";
  public static final String TASK_REFUSE_APPLICATION = "Task_RefuseApplication";
  public static final String END_EVENT_APPLICATION_REFUSED = "EndEvent_ApplicationRefused";
  public static final String TASK_ACCEPT_APPLICATION = "Task_AcceptApplication";
  public static final String TASK_PRODUCE_LICENCE = "Task_ProduceLicence";
  public static final String GATEWAY_DELIVERY_METHOD = "Gateway_DeliveryMethod";
  public static final String TASK_POST_LICENCE = "Task_PostLicence";
  /** Waits for the postal service's report, or for the time after which a clerk chases the parcel (LL-4). */
  public static final String GATEWAY_AWAIT_PARCEL_OUTCOME = "Gateway_AwaitParcelOutcome";
  public static final String EVENT_PARCEL_OUTCOME = "Event_ParcelOutcome";
  public static final String TIMER_PARCEL_OUTCOME_OVERDUE = "Timer_ParcelOutcomeOverdue";
  public static final String TASK_CHASE_PARCEL = "Task_ChaseParcel";
  /** Joins the postal service's report with the outcome a clerk recorded after chasing the parcel. */
  public static final String GATEWAY_JOIN_PARCEL_OUTCOME = "Gateway_JoinParcelOutcome";
  public static final String GATEWAY_PARCEL_DELIVERED = "Gateway_ParcelDelivered";
  public static final String TASK_COMPLETE_DELIVERED = "Task_CompleteDelivered";
  public static final String END_EVENT_LICENCE_DELIVERED = "EndEvent_LicenceDelivered";
  public static final String TASK_BLACKLIST_PARCEL_REFUSED = "Task_BlacklistParcelRefused";
  public static final String END_EVENT_PARCEL_REFUSED = "EndEvent_ParcelRefused";
  public static final String TASK_NOTIFY_PARCEL_RETURNED = "Task_NotifyParcelReturned";
  public static final String END_EVENT_PARCEL_RETURNED = "EndEvent_ParcelReturned";
  public static final String TASK_NOTIFY_READY_FOR_PICKUP = "Task_NotifyReadyForPickup";
  /** Joins the first wait for the citizen with the clerk's "not handed over, keep waiting". */
  public static final String GATEWAY_AWAIT_PICKUP = "Gateway_AwaitPickup";
  public static final String TASK_HAND_OVER_LICENCE = "Task_HandOverLicence";
  public static final String TIMER_PICKUP_DEADLINE = "Timer_PickupDeadline";
  public static final String GATEWAY_LICENCE_HANDED_OVER = "Gateway_LicenceHandedOver";
  public static final String TASK_COMPLETE_COLLECTED = "Task_CompleteCollected";
  public static final String END_EVENT_LICENCE_COLLECTED = "EndEvent_LicenceCollected";
  public static final String TASK_BLACKLIST_NOT_COLLECTED = "Task_BlacklistNotCollected";
  public static final String END_EVENT_LICENCE_NOT_COLLECTED = "EndEvent_LicenceNotCollected";

  /** The postal service's report on the parcel (variable {@link #PARCEL_OUTCOME}). */
  public static final String MESSAGE_PARCEL_OUTCOME = "Message_LicenceLossParcelOutcome";

  /** Spring beans the diagram names in {@code camunda:delegateExpression}. */
  public static final String BEAN_CHECK_LICENCE = "licenceLossCheckLicence";
  public static final String BEAN_REFUSE_APPLICATION = "licenceLossRefuseApplication";
  public static final String BEAN_ACCEPT_APPLICATION = "licenceLossAcceptApplication";
  public static final String BEAN_PRODUCE_LICENCE = "licenceLossProduceLicence";
  public static final String BEAN_POST_LICENCE = "licenceLossPostLicence";
  public static final String BEAN_COMPLETE_DELIVERED = "licenceLossCompleteDelivered";
  public static final String BEAN_BLACKLIST_PARCEL_REFUSED = "licenceLossBlacklistParcelRefused";
  public static final String BEAN_CHECK_PARCEL_CHASE = "licenceLossCheckParcelChase";
  public static final String BEAN_NOTIFY_PARCEL_RETURNED = "licenceLossNotifyParcelReturned";
  public static final String BEAN_NOTIFY_READY_FOR_PICKUP = "licenceLossNotifyReadyForPickup";
  public static final String BEAN_CHECK_HANDOVER = "licenceLossCheckHandover";
  public static final String BEAN_COMPLETE_COLLECTED = "licenceLossCompleteCollected";
  public static final String BEAN_BLACKLIST_NOT_COLLECTED = "licenceLossBlacklistNotCollected";

  /** Date: when the citizen submitted; acceptance waits for the next working day (LL-6). */
  public static final String SUBMITTED_AT = "submittedAt";
  /** String: a {@link DeliveryMethod} name. */
  public static final String DELIVERY_METHOD = "deliveryMethod";
  /** Boolean: the licence state and the blacklist still allow the application at acceptance. */
  public static final String ACCEPTED = "accepted";
  /** String: why the application was refused at acceptance. */
  public static final String REFUSAL_REASON = "refusalReason";
  /** String: the postal tracking number. */
  public static final String TRACKING_NUMBER = "trackingNumber";
  /** String: a {@link ParcelOutcome} name, sent by the postal service or recorded by the clerk who chased it. */
  public static final String PARCEL_OUTCOME = "parcelOutcome";
  /** String, from the clerk's chase form: what the postal service said about the parcel. */
  public static final String PARCEL_CHASE_NOTE = "parcelChaseNote";
  /** Date: the end of the window pickup period (LL-9). */
  public static final String PICKUP_DEADLINE = "pickupDeadline";
  /** Boolean, from the clerk's form: the collector's ID card was checked against the applicant. */
  public static final String ID_CHECKED = "idChecked";
  /** Boolean, from the clerk's form: the new licence was handed over. */
  public static final String LICENCE_HANDED_OVER = "licenceHandedOver";
  /** String: the Tasklist user who handed the licence over. */
  @ProtectedVariable
  public static final String HANDED_OVER_BY = "handedOverBy";

  private LicenceLossProcess() {
  }
}
