package cn.trafficpolice.eservices.idcard;

import static cn.trafficpolice.eservices.idcard.IdCardReissueProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.time.Duration;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** ID-2's production time and ID-3's appointment not kept, on the in-memory engine with the clock moved. */
@Deployment(resources = "IdCardReissue.bpmn")
class IdCardDeadlinesProcessTest extends IdCardProcessTestBase {

  @Test
  void aCardNotProducedInTwentyWorkingDaysIsEscalatedToTheOfficeHeads() { // ID-2
    ProcessInstance reissue = startAccepted(60);
    assertThat(job(TIMER_PRODUCTION_DEADLINE)).hasDueDate(FakeWorkingDays.closing(20));

    ClockUtil.setCurrentTime(FakeWorkingDays.closing(19));
    Assertions.assertThat(productionTimerDue()).isZero();
    ClockUtil.setCurrentTime(Date.from(FakeWorkingDays.closing(20).toInstant().plusSeconds(60)));
    execute(job(TIMER_PRODUCTION_DEADLINE));

    assertThat(reissue).isWaitingAt(TASK_RECORD_CARD_PRODUCED, TASK_SUPERVISE_PRODUCTION);
    Task supervision = taskService().createTaskQuery().taskDefinitionKey(TASK_SUPERVISE_PRODUCTION).singleResult();
    assertThat(supervision).hasCandidateGroup(ReviewGroups.ID_CARD_HEADS)
        .hasFormKey("embedded:deployment:forms/supervise-production.html").hasDueDate(FakeWorkingDays.closing(3));
    assertThatThrownBy(() -> complete(supervision)).hasMessageContaining("督办意见");
    complete(supervision, withVariables(VAR_SUPERVISION_NOTE, "已电话催办省级制证中心，三日内制证"));

    assertThat(reissue).hasPassed(END_EVENT_PRODUCTION_SUPERVISED).isWaitingAt(TASK_RECORD_CARD_PRODUCED)
        .hasNotPassed(TASK_SUPERVISE_OVERDUE);
  }

  @Test
  void aCardProducedInTimeIsNeverEscalated() throws Exception { // ID-2
    ProcessInstance reissue = startAccepted(60);
    ClockUtil.setCurrentTime(FakeWorkingDays.closing(19));
    recordCardProduced(20);
    execute(job(TASK_POST_CARD));

    Assertions.assertThat(managementService().createJobQuery().activityId(TIMER_PRODUCTION_DEADLINE).count())
        .isZero();
    assertThat(reissue).isWaitingAt(TASK_AWAIT_DELIVERY).hasNotPassed(TASK_SUPERVISE_PRODUCTION);
  }

  @Test
  void theCardProducedWhileEscalatedGoesOnAndTheEndClosesTheSupervision() throws Exception { // ID-2
    ProcessInstance reissue = startAccepted(60);
    ClockUtil.setCurrentTime(Date.from(FakeWorkingDays.closing(21).toInstant()));
    execute(job(TIMER_PRODUCTION_DEADLINE));

    recordCardProduced(20);
    execute(job(TASK_POST_CARD));
    correlate(MESSAGE_CARD_DELIVERED);
    execute(job(TASK_COMPLETE_DELIVERED));

    assertThat(reissue).hasPassed(TASK_SUPERVISE_PRODUCTION, END_EVENT_CARD_DELIVERED)
        .hasNotPassed(END_EVENT_PRODUCTION_SUPERVISED).isEnded();
  }

  @Test
  void anAppointmentNotKeptExpiresAndTheCitizenIsTold() throws Exception { // ID-3
    ProcessInstance reissue = start("APPOINTMENT", "PICKUP", 60);
    Date appointment = Date.from(NOW.plus(Duration.ofDays(3)));
    approveAppointment(appointment);
    Date expiry = Date.from(appointment.toInstant().plus(Duration.ofDays(5)));
    assertThat(job(TIMER_APPOINTMENT_MISSED)).hasDueDate(expiry);

    ClockUtil.setCurrentTime(Date.from(appointment.toInstant().plus(Duration.ofDays(4))));
    Assertions.assertThat(managementService().createJobQuery().activityId(TIMER_APPOINTMENT_MISSED)
        .executable().count()).isZero();
    ClockUtil.setCurrentTime(Date.from(expiry.toInstant().plusSeconds(60)));
    execute(job(TIMER_APPOINTMENT_MISSED));
    execute(job(TASK_EXPIRE_APPOINTMENT));

    assertThat(reissue).hasPassedInOrder(TASK_NOTIFY_APPOINTMENT, TIMER_APPOINTMENT_MISSED,
        TASK_EXPIRE_APPOINTMENT, END_EVENT_APPOINTMENT_EXPIRED).hasNotPassed(TASK_ACCEPT_APPLICATION).isEnded();
    verify(expireAppointment).execute(any());
    verifyNoInteractions(accept);
  }

  @Test
  void anAppointmentKeptDoesNotExpire() throws Exception { // ID-3
    ProcessInstance reissue = start("APPOINTMENT", "PICKUP", 60);
    Date appointment = Date.from(NOW.plus(Duration.ofDays(3)));
    approveAppointment(appointment);
    ClockUtil.setCurrentTime(appointment);
    recordFingerprintsAndFee(appointment);

    Assertions.assertThat(managementService().createJobQuery().activityId(TIMER_APPOINTMENT_MISSED).count())
        .isZero();
    assertThat(task()).hasDefinitionKey(TASK_RECORD_CARD_PRODUCED);
    assertThat(reissue).hasNotPassed(TASK_EXPIRE_APPOINTMENT);
    verifyNoInteractions(expireAppointment);
  }

  private static long productionTimerDue() {
    return managementService().createJobQuery().activityId(TIMER_PRODUCTION_DEADLINE).executable().count();
  }
}
