package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.security.ProtectedVariable;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@value #KEY} ({@code processes/PlatePreselection.bpmn}). The interactive selection (phase 1, SMS
 * check, self-composed checks and random batches) is a sequence of short REST calls on table
 * {@code plate_selection}; the process starts when a plate is reserved, which is when the application exists, and
 * then waits for the vehicle office's confirmation against the validity timer (PP-7). An approved appeal clears
 * the record and ends a waiting instance by message. Variables hold ids only.
 */
public final class PlatePreselectionProcess {

  public static final String KEY = "PlatePreselection";

  public static final String START_EVENT_PLATE_SELECTED = "StartEvent_PlateSelected";
  public static final String TASK_NOTIFY_SELECTED = "Task_NotifyPlateSelected";
  public static final String GATEWAY_CONFIRMED_IN_TIME = "Gateway_ConfirmedInTime";
  public static final String EVENT_PLATE_CONFIRMED = "Event_PlateConfirmed";
  public static final String TIMER_VALIDITY_EXPIRED = "Timer_ValidityExpired";
  public static final String EVENT_PRESELECTION_CLEARED = "Event_PreselectionCleared";
  public static final String TASK_CONFIRM_PLATE = "Task_ConfirmPlate";
  public static final String TASK_RELEASE_EXPIRED_PLATE = "Task_ReleaseExpiredPlate";
  public static final String END_EVENT_PLATE_CONFIRMED = "EndEvent_PlateConfirmed";
  public static final String END_EVENT_PLATE_EXPIRED = "EndEvent_PlateExpired";
  public static final String END_EVENT_PRESELECTION_CLEARED = "EndEvent_PreselectionCleared";

  /** Correlated by business key when the vehicle office confirms the plate. */
  public static final String MESSAGE_PLATE_CONFIRMED = "Message_PlateConfirmed";
  /** Correlated by business key when an approved appeal clears the pre-selection (PA-3). */
  public static final String MESSAGE_PRESELECTION_CLEARED = "Message_PreselectionCleared";

  /** {@code plate_selection.id} (Long). */
  @ProtectedVariable
  public static final String VAR_SELECTION_ID = "selectionId";
  /** When the plate was reserved (Date): the validity counts from its day. */
  public static final String VAR_SELECTED_AT = "selectedAt";
  /** The office's validity period in working days (Integer), read by the timer (PP-7). */
  public static final String VAR_VALIDITY_WORKING_DAYS = "validityWorkingDays";

  public static final String BEAN_NOTIFY_SELECTED = "platePreselectionNotifySelected";
  public static final String BEAN_CONFIRM_PLATE = "platePreselectionConfirm";
  public static final String BEAN_RELEASE_EXPIRED_PLATE = "platePreselectionReleaseExpired";

  private PlatePreselectionProcess() {
  }

  public static long selectionId(VariableScope scope) {
    return ((Number) scope.getVariable(VAR_SELECTION_ID)).longValue();
  }
}
