package cn.trafficpolice.eservices.idcard;

import static cn.trafficpolice.eservices.idcard.IdCardReissueProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of IdCardReissue on the in-memory engine, services mocked. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "IdCardReissue.bpmn")
class IdCardReissueProcessTest {

  static final Instant NOW = Instant.parse("2026-11-23T01:30:00Z");
  private static final String SERIAL = "ID2026112300000001";

  ProcessEngine processEngine;

  private final CancelUnpaidDelegate cancelUnpaid = mock(CancelUnpaidDelegate.class);
  private final RejectAppointmentDelegate rejectAppointment = mock(RejectAppointmentDelegate.class);
  private final NotifyAppointmentDelegate notifyAppointment = mock(NotifyAppointmentDelegate.class);
  private final AcceptApplicationDelegate accept = mock(AcceptApplicationDelegate.class);
  private final PostCardDelegate postCard = mock(PostCardDelegate.class);
  private final CompleteDeliveredDelegate completeDelivered = mock(CompleteDeliveredDelegate.class);
  private final NotifyReadyForPickupDelegate readyForPickup = mock(NotifyReadyForPickupDelegate.class);
  private final CompleteCollectedDelegate completeCollected = mock(CompleteCollectedDelegate.class);
  private final NotifyTemporaryCardDelegate notifyTemporaryCard = mock(NotifyTemporaryCardDelegate.class);

  @BeforeEach
  void registerServices() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(NOW));
    Mocks.register(BEAN_CANCEL_UNPAID, cancelUnpaid);
    Mocks.register(BEAN_REJECT_APPOINTMENT, rejectAppointment);
    Mocks.register(BEAN_NOTIFY_APPOINTMENT, notifyAppointment);
    Mocks.register(BEAN_ACCEPT_APPLICATION, accept);
    Mocks.register(BEAN_POST_CARD, postCard);
    Mocks.register(BEAN_COMPLETE_DELIVERED, completeDelivered);
    Mocks.register(BEAN_NOTIFY_READY_FOR_PICKUP, readyForPickup);
    Mocks.register(BEAN_COMPLETE_COLLECTED, completeCollected);
    Mocks.register(BEAN_NOTIFY_TEMPORARY_CARD, notifyTemporaryCard);
    Mocks.register(BEAN_CLERK_DECISION, new ClerkDecisionListener());
    Mocks.register("workingDays", new FakeWorkingDays());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void onlineApplicationPaidProducedPostedAndDelivered() throws Exception { // ID-2
    ProcessInstance reissue = start("ONLINE", "POST", 60);
    assertThat(reissue).isWaitingAt(TASK_AWAIT_PAYMENT);
    assertThat(job(TIMER_PAYMENT_DEADLINE)).hasDueDate(Date.from(NOW.plus(Duration.ofMinutes(30))));

    correlate(MESSAGE_PAYMENT_CONFIRMED);
    execute(job(TASK_ACCEPT_APPLICATION));
    recordCardProduced(20);
    execute(job(TASK_POST_CARD));
    assertThat(reissue).isWaitingAt(TASK_AWAIT_DELIVERY);
    correlate(MESSAGE_CARD_DELIVERED);
    execute(job(TASK_COMPLETE_DELIVERED));

    assertThat(reissue).hasPassedInOrder(START_EVENT_SUBMITTED, GATEWAY_ELIGIBLE_ONLINE, TASK_AWAIT_PAYMENT,
        GATEWAY_JOIN_ACCEPTANCE, TASK_ACCEPT_APPLICATION, TASK_RECORD_CARD_PRODUCED, GATEWAY_DELIVERY_METHOD,
        TASK_POST_CARD, TASK_AWAIT_DELIVERY, TASK_COMPLETE_DELIVERED, END_EVENT_CARD_DELIVERED)
        .hasNotPassed(TASK_REVIEW_APPOINTMENT, TASK_CANCEL_UNPAID).isEnded();
    verify(accept).execute(any());
    verify(postCard).execute(any());
    verify(completeDelivered).execute(any());
    verifyNoInteractions(cancelUnpaid, notifyAppointment, readyForPickup, completeCollected);
  }

  @Test
  void onlineApplicationUnpaidInTimeIsCancelled() throws Exception { // ID-2
    ProcessInstance reissue = start("ONLINE", "POST", 60);

    execute(job(TIMER_PAYMENT_DEADLINE));
    execute(job(TASK_CANCEL_UNPAID));

    assertThat(reissue).hasPassedInOrder(TASK_AWAIT_PAYMENT, TASK_CANCEL_UNPAID, END_EVENT_APPLICATION_CANCELLED)
        .hasNotPassed(TASK_ACCEPT_APPLICATION).isEnded();
    verify(cancelUnpaid).execute(any());
    verifyNoInteractions(accept);
  }

  @Test
  void appointmentApprovedFingerprintedProducedAndPickedUp() throws Exception { // ID-3
    ProcessInstance reissue = start("APPOINTMENT", "PICKUP", 60);
    Date appointment = Date.from(NOW.plus(Duration.ofDays(3)));
    approveAppointment(appointment);
    recordFingerprintsAndFee(appointment);
    recordCardProduced(20);
    execute(job(TASK_NOTIFY_READY_FOR_PICKUP));

    assertThat(reissue).isWaitingAt(TASK_HAND_OVER_CARD);
    assertThat(task()).hasCandidateGroup(ReviewGroups.ID_CARD_CLERKS)
        .hasFormKey("embedded:deployment:forms/hand-over-card.html").hasDueDate(FakeWorkingDays.closing(10));
    assertThatThrownBy(() -> complete(task())).hasMessageContaining("发放身份证");
    complete(task(), withVariables(VAR_CARD_HANDED_OVER, true));
    execute(job(TASK_COMPLETE_COLLECTED));

    assertThat(reissue).hasPassedInOrder(TASK_REVIEW_APPOINTMENT, GATEWAY_APPOINTMENT_APPROVED,
        TASK_NOTIFY_APPOINTMENT, TASK_RECORD_FINGERPRINTS_AND_FEE, TASK_ACCEPT_APPLICATION,
        TASK_RECORD_CARD_PRODUCED, TASK_NOTIFY_READY_FOR_PICKUP, TASK_HAND_OVER_CARD, TASK_COMPLETE_COLLECTED,
        END_EVENT_CARD_COLLECTED).hasNotPassed(TASK_AWAIT_PAYMENT, TASK_POST_CARD).isEnded();
    verify(completeCollected).execute(any());
    verifyNoInteractions(postCard, rejectAppointment, cancelUnpaid);
  }

  @Test
  void appointmentApprovedFingerprintedProducedAndPosted() throws Exception { // ID-3
    ProcessInstance reissue = start("APPOINTMENT", "POST", 60);
    Date appointment = Date.from(NOW.plus(Duration.ofDays(2)));
    approveAppointment(appointment);
    recordFingerprintsAndFee(appointment);
    recordCardProduced(20);
    execute(job(TASK_POST_CARD));
    correlate(MESSAGE_CARD_DELIVERED);
    execute(job(TASK_COMPLETE_DELIVERED));

    assertThat(reissue).hasPassedInOrder(TASK_RECORD_FINGERPRINTS_AND_FEE, TASK_ACCEPT_APPLICATION,
        TASK_RECORD_CARD_PRODUCED, TASK_POST_CARD, END_EVENT_CARD_DELIVERED)
        .hasNotPassed(TASK_HAND_OVER_CARD).isEnded();
    verifyNoInteractions(readyForPickup, completeCollected);
  }

  @Test
  void appointmentRejectedWithAReason() throws Exception { // ID-3
    ProcessInstance reissue = start("APPOINTMENT", "PICKUP", 60);

    complete(task(), withVariables(VAR_APPOINTMENT_APPROVED, false, VAR_REJECTION_REASON, "户籍地址与登记不符"));
    execute(job(TASK_REJECT_APPOINTMENT));

    assertThat(reissue).hasPassedInOrder(TASK_REVIEW_APPOINTMENT, GATEWAY_APPOINTMENT_APPROVED,
        TASK_REJECT_APPOINTMENT, END_EVENT_APPOINTMENT_REJECTED).hasNotPassed(TASK_NOTIFY_APPOINTMENT).isEnded();
    verify(rejectAppointment).execute(any());
    verifyNoInteractions(notifyAppointment, accept);
  }

  @Test
  void theReviewCannotCompleteWithoutTimeAndPlaceOrReason() { // ID-3: the process enforces it, not only the form
    ProcessInstance reissue = start("APPOINTMENT", "PICKUP", 60);
    Task review = task();
    Date past = Date.from(NOW.minus(Duration.ofHours(1)));
    Date future = Date.from(NOW.plus(Duration.ofDays(1)));

    assertThatThrownBy(() -> complete(review)).hasMessageContaining("审核结果");
    assertThatThrownBy(() -> complete(review, withVariables(VAR_APPOINTMENT_APPROVED, true,
        VAR_APPOINTMENT_PLACE, "海滨派出所"))).hasMessageContaining("办理时间");
    assertThatThrownBy(() -> complete(review, withVariables(VAR_APPOINTMENT_APPROVED, true,
        VAR_APPOINTMENT_TIME, past, VAR_APPOINTMENT_PLACE, "海滨派出所"))).hasMessageContaining("晚于当前时间");
    assertThatThrownBy(() -> complete(review, withVariables(VAR_APPOINTMENT_APPROVED, true,
        VAR_APPOINTMENT_TIME, future, VAR_APPOINTMENT_PLACE, " "))).hasMessageContaining("办理地点");
    assertThatThrownBy(() -> complete(review, withVariables(VAR_APPOINTMENT_APPROVED, false)))
        .hasMessageContaining("退回时须填写原因");

    assertThat(reissue).isWaitingAt(TASK_REVIEW_APPOINTMENT);
    verifyNoInteractions(notifyAppointment, rejectAppointment);
  }

  @Test
  void notIssuedWithinSixtyDaysIsEscalatedToTheOfficeHeads() { // ID-4
    ProcessInstance reissue = startAccepted(60);
    Date deadline = Date.from(NOW.plus(Duration.ofDays(60)));
    assertThat(job(TIMER_ISSUE_DEADLINE)).hasDueDate(deadline);

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(59))));
    Assertions.assertThat(managementService().createJobQuery().timers().executable().count()).isZero();
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(60)).plusSeconds(60)));
    execute(managementService().createJobQuery().timers().executable().singleResult());

    assertThat(reissue).isWaitingAt(TASK_RECORD_CARD_PRODUCED, TASK_SUPERVISE_OVERDUE);
    Task supervision = processEngine.getTaskService().createTaskQuery()
        .taskDefinitionKey(TASK_SUPERVISE_OVERDUE).singleResult();
    assertThat(supervision).hasCandidateGroup(ReviewGroups.ID_CARD_HEADS)
        .hasFormKey("embedded:deployment:forms/supervise-overdue.html").hasDueDate(FakeWorkingDays.closing(3));
    assertThatThrownBy(() -> complete(supervision)).hasMessageContaining("督办意见");
    complete(supervision, withVariables(VAR_SUPERVISION_NOTE, "已催省级制证中心加急制证"));
    assertThat(reissue).hasPassed(END_EVENT_OVERDUE_SUPERVISED).isWaitingAt(TASK_RECORD_CARD_PRODUCED);
  }

  @Test
  void aRemoteAreaApplicationIsEscalatedOnlyAfterNinetyDays() { // ID-4
    ProcessInstance reissue = startAccepted(90);

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(61))));
    Assertions.assertThat(managementService().createJobQuery().timers().executable().count()).isZero();
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(90)).plusSeconds(60)));
    execute(managementService().createJobQuery().timers().executable().singleResult());

    assertThat(reissue).isWaitingAt(TASK_RECORD_CARD_PRODUCED, TASK_SUPERVISE_OVERDUE);
  }

  @Test
  void theCardIssuedEndsAnOpenEscalation() throws Exception { // ID-4
    ProcessInstance reissue = startAccepted(60);
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(61))));
    execute(job(TIMER_ISSUE_DEADLINE));
    assertThat(reissue).isWaitingAt(TASK_SUPERVISE_OVERDUE);

    recordCardProduced(20);
    execute(job(TASK_POST_CARD));
    correlate(MESSAGE_CARD_DELIVERED);
    execute(job(TASK_COMPLETE_DELIVERED));

    assertThat(reissue).hasPassed(END_EVENT_CARD_DELIVERED).hasNotPassed(END_EVENT_OVERDUE_SUPERVISED).isEnded();
  }

  @Test
  void aTemporaryCardIsIssuedWhileTheCitizenWaits() throws Exception { // ID-4
    ProcessInstance reissue = startAccepted(60);

    correlate(MESSAGE_TEMPORARY_CARD_REQUESTED);
    assertThat(reissue).isWaitingAt(TASK_RECORD_CARD_PRODUCED, TASK_ISSUE_TEMPORARY_CARD);
    Task temporary = processEngine.getTaskService().createTaskQuery()
        .taskDefinitionKey(TASK_ISSUE_TEMPORARY_CARD).singleResult();
    assertThat(temporary).hasCandidateGroup(ReviewGroups.ID_CARD_CLERKS)
        .hasFormKey("embedded:deployment:forms/issue-temporary-card.html").hasDueDate(FakeWorkingDays.closing(1));
    assertThatThrownBy(() -> complete(temporary, withVariables(VAR_TEMPORARY_CARD_ISSUED, false)))
        .hasMessageContaining("原因");
    complete(temporary, withVariables(VAR_TEMPORARY_CARD_ISSUED, true, VAR_TEMPORARY_CARD_NOTE, "海滨派出所户籍窗口"));
    execute(job(TASK_NOTIFY_TEMPORARY_CARD));

    assertThat(reissue).hasPassedInOrder(START_EVENT_TEMPORARY_CARD_REQUESTED, TASK_ISSUE_TEMPORARY_CARD,
        TASK_NOTIFY_TEMPORARY_CARD, END_EVENT_TEMPORARY_CARD_HANDLED).isWaitingAt(TASK_RECORD_CARD_PRODUCED);
    verify(notifyTemporaryCard).execute(any());
  }

  /** Online, paid and accepted: waiting for the provincial centre. */
  private ProcessInstance startAccepted(int issueDays) {
    ProcessInstance reissue = start("ONLINE", "POST", issueDays);
    correlate(MESSAGE_PAYMENT_CONFIRMED);
    execute(job(TASK_ACCEPT_APPLICATION));
    assertThat(reissue).isWaitingAt(TASK_RECORD_CARD_PRODUCED);
    return reissue;
  }

  private void approveAppointment(Date appointment) {
    assertThat(task()).hasDefinitionKey(TASK_REVIEW_APPOINTMENT).hasCandidateGroup(ReviewGroups.ID_CARD_CLERKS)
        .hasFormKey("embedded:deployment:forms/review-appointment.html").hasDueDate(FakeWorkingDays.closing(1));
    complete(task(), withVariables(VAR_APPOINTMENT_APPROVED, true, VAR_APPOINTMENT_TIME, appointment,
        VAR_APPOINTMENT_PLACE, "湛江市公安局海滨派出所户籍窗口"));
    execute(job(TASK_NOTIFY_APPOINTMENT));
    verify(notifyAppointment).execute(any());
  }

  private void recordFingerprintsAndFee(Date appointment) {
    assertThat(task()).hasDefinitionKey(TASK_RECORD_FINGERPRINTS_AND_FEE)
        .hasCandidateGroup(ReviewGroups.ID_CARD_CLERKS).hasDueDate(appointment)
        .hasFormKey("embedded:deployment:forms/record-fingerprints.html");
    assertThatThrownBy(() -> complete(task(), withVariables(VAR_FINGERPRINTS_COLLECTED, true, VAR_FEE_PAID, false)))
        .hasMessageContaining("工本费");
    complete(task(), withVariables(VAR_FINGERPRINTS_COLLECTED, true, VAR_FEE_PAID, true));
    execute(job(TASK_ACCEPT_APPLICATION));
  }

  private void recordCardProduced(int workingDays) {
    Task produced = processEngine.getTaskService().createTaskQuery()
        .taskDefinitionKey(TASK_RECORD_CARD_PRODUCED).singleResult();
    assertThat(produced).hasCandidateGroup(ReviewGroups.ID_CARD_CLERKS)
        .hasFormKey("embedded:deployment:forms/record-card-produced.html")
        .hasDueDate(FakeWorkingDays.closing(workingDays));
    assertThatThrownBy(() -> complete(produced)).hasMessageContaining("省级制证中心");
    complete(produced, withVariables(VAR_CARD_PRODUCED, true));
  }

  private ProcessInstance start(String channel, String delivery, int issueDays) {
    Map<String, Object> variables = new HashMap<>(Map.of(VAR_CHANNEL, channel, VAR_DELIVERY, delivery,
        VAR_ISSUE_DEADLINE, Date.from(NOW.plus(Duration.ofDays(issueDays))), VAR_PRODUCTION_WORKING_DAYS, 20));
    if ("ONLINE".equals(channel)) {
      variables.put(VAR_PAYMENT_ORDER_NUMBER, "ZF000000000001");
      variables.put(VAR_PAYMENT_DEADLINE, Date.from(NOW.plus(Duration.ofMinutes(30))));
    }
    ProcessInstance reissue = runtimeService().createProcessInstanceByKey(KEY).businessKey(SERIAL)
        .setVariables(variables).execute();
    assertThat(reissue).isStarted().hasBusinessKey(SERIAL);
    return reissue;
  }

  private void correlate(String message) {
    runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(SERIAL).correlate();
  }

  /** The working-day calendar stand-in: "closing of the n-th working day" is simply n days after a fixed time. */
  public static class FakeWorkingDays {

    static Date closing(int n) {
      return Date.from(NOW.plus(Duration.ofDays(n)).plus(Duration.ofHours(8)));
    }

    public Date closingAfterWorkingDays(int n) {
      return closing(n);
    }
  }
}
