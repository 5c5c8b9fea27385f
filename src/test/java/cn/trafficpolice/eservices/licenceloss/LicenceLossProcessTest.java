package cn.trafficpolice.eservices.licenceloss;

import static cn.trafficpolice.eservices.licenceloss.LicenceLossProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.registry.LicenceState;
import cn.trafficpolice.eservices.workingday.WorkingDayExpressions;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of LicenceLossReplacement on the in-memory engine, the services mocked: which steps run, in which
 * order, and what each path calls.
 */
@Deployment(resources = "LicenceLossReplacement.bpmn")
class LicenceLossProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder().build();

  private static final String SERIAL = "LL2026112000000001";
  private static final String TRACKING = "EA000000017CN";
  private static final Date SUBMITTED = Date.from(OffsetDateTime.of(2026, 11, 20, 15, 0, 0, 0,
      ZoneOffset.ofHours(8)).toInstant());
  private static final Date NEXT_WORKING_DAY = Date.from(OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0,
      ZoneOffset.ofHours(8)).toInstant());
  private static final Date CHASE_AT = Date.from(OffsetDateTime.of(2026, 12, 7, 17, 30, 0, 0,
      ZoneOffset.ofHours(8)).toInstant());
  private static final Date CHASE_DUE = Date.from(OffsetDateTime.of(2026, 12, 9, 17, 30, 0, 0,
      ZoneOffset.ofHours(8)).toInstant());
  private static final OffsetDateTime PICKUP_DEADLINE_AT = OffsetDateTime.of(2026, 12, 23, 9, 0, 0, 0,
      ZoneOffset.ofHours(8));

  private final LicenceLossFulfilment fulfilment = mock(LicenceLossFulfilment.class);
  private final WorkingDayExpressions workingDays = mock(WorkingDayExpressions.class);

  @BeforeEach
  void registerServices() {
    // Spring Boot tests in the same JVM register engines of their own: name the one to assert on
    BpmnAwareTests.init(ENGINE.getProcessEngine());
    when(workingDays.nextWorkingDayOpening(SUBMITTED)).thenReturn(NEXT_WORKING_DAY);
    when(workingDays.closingAfterWorkingDays(10)).thenReturn(CHASE_AT);
    when(workingDays.closingAfterWorkingDays(2)).thenReturn(CHASE_DUE);
    when(fulfilment.refusalAtAcceptance(SERIAL)).thenReturn(Optional.empty());
    when(fulfilment.post(SERIAL)).thenReturn(TRACKING);
    when(fulfilment.readyForPickup(SERIAL)).thenReturn(PICKUP_DEADLINE_AT);
    Mocks.register("workingDays", workingDays);
    Mocks.register(LicenceLossFigures.BEAN, new LicenceLossFigures(new LicenceLossProperties(Period.ofMonths(1), 10,
        2)));
    Mocks.register(BEAN_CHECK_LICENCE, new CheckLicenceDelegate(fulfilment));
    Mocks.register(BEAN_REFUSE_APPLICATION, new RefuseApplicationDelegate(fulfilment));
    Mocks.register(BEAN_ACCEPT_APPLICATION, new AcceptApplicationDelegate(fulfilment));
    Mocks.register(BEAN_PRODUCE_LICENCE, new ProduceLicenceDelegate(fulfilment));
    Mocks.register(BEAN_POST_LICENCE, new PostLicenceDelegate(fulfilment));
    Mocks.register(BEAN_COMPLETE_DELIVERED, new CompleteDeliveredDelegate(fulfilment));
    Mocks.register(BEAN_BLACKLIST_PARCEL_REFUSED, new BlacklistParcelRefusedDelegate(fulfilment));
    Mocks.register(BEAN_NOTIFY_READY_FOR_PICKUP, new NotifyReadyForPickupDelegate(fulfilment));
    Mocks.register(BEAN_CHECK_HANDOVER, new CheckHandoverListener());
    Mocks.register(BEAN_COMPLETE_COLLECTED, new CompleteCollectedDelegate(fulfilment));
    Mocks.register(BEAN_BLACKLIST_NOT_COLLECTED, new BlacklistNotCollectedDelegate(fulfilment));
    Mocks.register(BEAN_CHECK_PARCEL_CHASE, new CheckParcelChaseListener());
    Mocks.register(BEAN_NOTIFY_PARCEL_RETURNED, new NotifyParcelReturnedDelegate(fulfilment));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void submissionOnlyWaitsForTheNextWorkingDay() { // LL-6: nothing runs in the citizen's transaction
    ProcessInstance pi = start(DeliveryMethod.POSTAL);

    assertThat(pi).isWaitingAt(TIMER_NEXT_WORKING_DAY);
    assertThat(job(TIMER_NEXT_WORKING_DAY, pi)).hasDueDate(NEXT_WORKING_DAY);
    verifyNoInteractions(fulfilment);
  }

  @Test
  void acceptedPostedAndDelivered() { // LL-6, LL-7, LL-4 postal
    ProcessInstance pi = start(DeliveryMethod.POSTAL);
    acceptOnNextWorkingDay(pi);

    assertThat(pi).isWaitingAt(GATEWAY_AWAIT_PARCEL_OUTCOME);
    assertThat(pi).variables().containsOnlyKeys(SUBMITTED_AT, DELIVERY_METHOD, ACCEPTED, TRACKING_NUMBER)
        .containsEntry(TRACKING_NUMBER, TRACKING);
    verify(fulfilment).accept(SERIAL);
    verify(fulfilment).post(SERIAL);

    reportParcel(ParcelOutcome.DELIVERED);

    assertThat(pi).hasPassedInOrder(START_EVENT_SUBMITTED, TIMER_NEXT_WORKING_DAY, TASK_CHECK_LICENCE,
        TASK_ACCEPT_APPLICATION, TASK_PRODUCE_LICENCE, TASK_POST_LICENCE, EVENT_PARCEL_OUTCOME,
        TASK_COMPLETE_DELIVERED, END_EVENT_LICENCE_DELIVERED).isEnded();
    verify(fulfilment).completeDelivered(SERIAL);
    verify(fulfilment, never()).blacklistParcelRefused(anyString());
  }

  @Test
  void refusedParcelBlacklistsTheCitizen() { // LL-9, SH-5
    ProcessInstance pi = start(DeliveryMethod.POSTAL);
    acceptOnNextWorkingDay(pi);

    reportParcel(ParcelOutcome.REFUSED);

    assertThat(pi).hasPassedInOrder(EVENT_PARCEL_OUTCOME, TASK_BLACKLIST_PARCEL_REFUSED, END_EVENT_PARCEL_REFUSED)
        .hasNotPassed(TASK_COMPLETE_DELIVERED).isEnded();
    verify(fulfilment).blacklistParcelRefused(SERIAL);
    verify(fulfilment, never()).completeDelivered(anyString());
  }

  @Test
  void aParcelWithoutReportIsChasedByALicenceClerk() { // LL-4: not waited for forever
    ProcessInstance pi = start(DeliveryMethod.POSTAL);
    acceptOnNextWorkingDay(pi);
    assertThat(job(TIMER_PARCEL_OUTCOME_OVERDUE, pi)).hasDueDate(CHASE_AT);

    execute(job(TIMER_PARCEL_OUTCOME_OVERDUE, pi));

    assertThat(pi).isWaitingAt(TASK_CHASE_PARCEL);
    assertThat(task(pi)).hasCandidateGroup("licence-clerks").hasDueDate(CHASE_DUE)
        .hasFormKey("embedded:deployment:forms/chase-parcel.html");
    Assertions.assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(pi.getId())
        .eventName(MESSAGE_PARCEL_OUTCOME).count()).as("the postal report is no longer awaited").isZero();
    complete(task(pi), withVariables(PARCEL_OUTCOME, ParcelOutcome.DELIVERED.name(), PARCEL_CHASE_NOTE,
        "邮政答复：11月26日已由本人签收"));
    runDueJobs();

    assertThat(pi).hasPassedInOrder(TASK_POST_LICENCE, TIMER_PARCEL_OUTCOME_OVERDUE, TASK_CHASE_PARCEL,
        TASK_COMPLETE_DELIVERED, END_EVENT_LICENCE_DELIVERED).hasNotPassed(EVENT_PARCEL_OUTCOME).isEnded();
    verify(fulfilment).completeDelivered(SERIAL);
  }

  @Test
  void aChasedParcelFoundRefusedBlacklistsTheCitizen() { // LL-4, LL-9, SH-5
    ProcessInstance pi = start(DeliveryMethod.POSTAL);
    acceptOnNextWorkingDay(pi);
    execute(job(TIMER_PARCEL_OUTCOME_OVERDUE, pi));

    complete(task(pi), withVariables(PARCEL_OUTCOME, ParcelOutcome.REFUSED.name(), PARCEL_CHASE_NOTE,
        "邮政答复：收件人拒收，邮件已退回"));
    runDueJobs();

    assertThat(pi).hasPassedInOrder(TASK_CHASE_PARCEL, TASK_BLACKLIST_PARCEL_REFUSED, END_EVENT_PARCEL_REFUSED)
        .isEnded();
    verify(fulfilment).blacklistParcelRefused(SERIAL);
  }

  @Test
  void aChasedParcelReturnedUndeliveredIsCollectedAtTheIssuingOffice() { // LL-4: not refused, no blacklist
    ProcessInstance pi = start(DeliveryMethod.POSTAL);
    acceptOnNextWorkingDay(pi);
    execute(job(TIMER_PARCEL_OUTCOME_OVERDUE, pi));

    complete(task(pi), withVariables(PARCEL_OUTCOME, ParcelOutcome.RETURNED.name(), PARCEL_CHASE_NOTE,
        "邮政答复：地址无此人，已退回"));
    runDueJobs();

    assertThat(pi).hasPassedInOrder(TASK_CHASE_PARCEL, TASK_NOTIFY_PARCEL_RETURNED, END_EVENT_PARCEL_RETURNED)
        .isEnded();
    verify(fulfilment).parcelReturned(SERIAL);
    verify(fulfilment, never()).blacklistParcelRefused(anyString());
  }

  @Test
  void thePostalServiceMayReportAParcelReturned() { // LL-4
    ProcessInstance pi = start(DeliveryMethod.POSTAL);
    acceptOnNextWorkingDay(pi);

    reportParcel(ParcelOutcome.RETURNED);

    assertThat(pi).hasPassedInOrder(EVENT_PARCEL_OUTCOME, TASK_NOTIFY_PARCEL_RETURNED, END_EVENT_PARCEL_RETURNED)
        .hasNotPassed(TASK_CHASE_PARCEL).isEnded();
    verify(fulfilment).parcelReturned(SERIAL);
  }

  @Test
  void theChaseCannotBeCompletedWithoutAnOutcomeAndThePostalAnswer() { // LL-4, LL-9: the outcome decides
    ProcessInstance pi = start(DeliveryMethod.POSTAL);
    acceptOnNextWorkingDay(pi);
    execute(job(TIMER_PARCEL_OUTCOME_OVERDUE, pi));
    String taskId = task(pi).getId();

    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(PARCEL_OUTCOME, "LOST",
        PARCEL_CHASE_NOTE, "查无此件"))).rootCause().isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("code", CheckParcelChaseListener.PARCEL_CHASE_INCOMPLETE);
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(PARCEL_OUTCOME, "REFUSED",
        PARCEL_CHASE_NOTE, " "))).rootCause().isInstanceOf(BusinessException.class)
        .hasMessageContaining("查询答复");

    assertThat(pi).isWaitingAt(TASK_CHASE_PARCEL);
    verify(fulfilment, never()).blacklistParcelRefused(anyString());
  }

  @Test
  void windowPickupCollectedFromTheLicenceClerk() { // LL-4 window
    ProcessInstance pi = start(DeliveryMethod.WINDOW);
    acceptOnNextWorkingDay(pi);

    assertThat(pi).isWaitingAt(TASK_HAND_OVER_LICENCE).variables().containsEntry(PICKUP_DEADLINE,
        Date.from(PICKUP_DEADLINE_AT.toInstant()));
    assertThat(task(pi)).hasCandidateGroup("licence-clerks").hasDueDate(Date.from(PICKUP_DEADLINE_AT.toInstant()))
        .hasFormKey("embedded:deployment:forms/handover-licence.html");
    taskService().claim(task(pi).getId(), "licence.clerk");
    complete(task(pi), withVariables(ID_CHECKED, true, LICENCE_HANDED_OVER, true));
    runDueJobs();

    assertThat(pi).hasPassedInOrder(TASK_NOTIFY_READY_FOR_PICKUP, TASK_HAND_OVER_LICENCE, TASK_COMPLETE_COLLECTED,
        END_EVENT_LICENCE_COLLECTED).hasNotPassed(TASK_POST_LICENCE).isEnded();
    verify(fulfilment).completeCollected(SERIAL, "licence.clerk");
    verify(fulfilment, never()).blacklistNotCollected(anyString());
  }

  @Test
  void licenceNotCollectedWithinTheMonthBlacklistsTheCitizen() { // LL-9, SH-5
    ProcessInstance pi = start(DeliveryMethod.WINDOW);
    acceptOnNextWorkingDay(pi);

    Job deadline = job(TIMER_PICKUP_DEADLINE, pi);
    assertThat(deadline).hasDueDate(Date.from(PICKUP_DEADLINE_AT.toInstant()));
    execute(deadline);
    runDueJobs();

    assertThat(pi).hasPassedInOrder(TASK_HAND_OVER_LICENCE, TIMER_PICKUP_DEADLINE, TASK_BLACKLIST_NOT_COLLECTED,
        END_EVENT_LICENCE_NOT_COLLECTED).hasNotPassed(TASK_COMPLETE_COLLECTED).isEnded();
    verify(fulfilment).blacklistNotCollected(SERIAL);
    verify(fulfilment, never()).completeCollected(anyString(), any());
  }

  @Test
  void licenceSeizedAfterSubmissionIsRefusedAtAcceptance() { // LL-3 re-checked at acceptance, LL-7 not voided
    String reason = LicenceLossService.blockedMessage(LicenceState.D);
    when(fulfilment.refusalAtAcceptance(SERIAL)).thenReturn(Optional.of(reason));
    ProcessInstance pi = start(DeliveryMethod.POSTAL);
    acceptOnNextWorkingDay(pi);

    assertThat(pi).hasPassedInOrder(TASK_CHECK_LICENCE, TASK_REFUSE_APPLICATION, END_EVENT_APPLICATION_REFUSED)
        .hasNotPassed(TASK_ACCEPT_APPLICATION).isEnded();
    verify(fulfilment).refuse(SERIAL, reason);
    verify(fulfilment, never()).accept(anyString());
  }

  @Test
  void handoverWithoutTheIdCheckCannotBeCompleted() {
    ProcessInstance pi = start(DeliveryMethod.WINDOW);
    acceptOnNextWorkingDay(pi);
    String taskId = task(pi).getId();

    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(ID_CHECKED, false,
        LICENCE_HANDED_OVER, true)))
        .rootCause().isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("code", HandoverRules.ID_CHECK_REQUIRED);
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(ID_CHECKED, true)))
        .rootCause().isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("code", HandoverRules.HANDOVER_DECISION_REQUIRED);

    assertThat(pi).isWaitingAt(TASK_HAND_OVER_LICENCE);
    verify(fulfilment, never()).completeCollected(anyString(), any());
  }

  @Test
  void aVisitWithoutHandoverNeedsNoIdCheck() { // LL-4: the ID check guards the handover, not a failed visit
    ProcessInstance pi = start(DeliveryMethod.WINDOW);
    acceptOnNextWorkingDay(pi);

    complete(task(pi), withVariables(LICENCE_HANDED_OVER, false));
    runDueJobs();

    assertThat(pi).isWaitingAt(TASK_HAND_OVER_LICENCE);
    verify(fulfilment, never()).completeCollected(anyString(), any());
  }

  @Test
  void licenceNotHandedOverWaitsAgainUntilTheSameDeadline() { // LL-9: a failed visit does not extend the month
    ProcessInstance pi = start(DeliveryMethod.WINDOW);
    acceptOnNextWorkingDay(pi);

    complete(task(pi), withVariables(ID_CHECKED, true, LICENCE_HANDED_OVER, false));
    runDueJobs();

    assertThat(pi).isWaitingAt(TASK_HAND_OVER_LICENCE);
    assertThat(job(TIMER_PICKUP_DEADLINE, pi)).hasDueDate(Date.from(PICKUP_DEADLINE_AT.toInstant()));
    verify(fulfilment, never()).completeCollected(anyString(), any());
  }

  private ProcessInstance start(DeliveryMethod method) {
    return runtimeService().createProcessInstanceByKey(KEY).businessKey(SERIAL)
        .setVariable(SUBMITTED_AT, SUBMITTED)
        .setVariable(DELIVERY_METHOD, method.name())
        .execute();
  }

  /** Fires the acceptance timer, then runs the asynchronous steps up to the next wait state. */
  private void acceptOnNextWorkingDay(ProcessInstance pi) {
    execute(job(TIMER_NEXT_WORKING_DAY, pi));
    runDueJobs();
  }

  private void reportParcel(ParcelOutcome outcome) {
    runtimeService().createMessageCorrelation(MESSAGE_PARCEL_OUTCOME).processInstanceBusinessKey(SERIAL)
        .setVariable(PARCEL_OUTCOME, outcome.name()).correlate();
    runDueJobs();
  }

  /** Asynchronous continuations are due at once; timers are not, so this stops at every wait state. */
  private void runDueJobs() {
    for (Job next = dueJob(); next != null; next = dueJob()) {
      execute(next);
    }
  }

  private Job dueJob() {
    return managementService().createJobQuery().executable().messages().list().stream().findFirst()
        .orElse(null);
  }
}
