package cn.trafficpolice.eservices.idcard;

import static cn.trafficpolice.eservices.idcard.IdCardReissueProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** Every path of IdCardReissue's ID-2 and ID-3 journeys on the in-memory engine, services mocked. */
@Deployment(resources = "IdCardReissue.bpmn")
class IdCardReissueProcessTest extends IdCardProcessTestBase {

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
}
