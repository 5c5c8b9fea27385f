package cn.trafficpolice.eservices.idcard;

import static cn.trafficpolice.eservices.idcard.IdCardReissueProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-memory engine with IdCardReissue deployed and its services mocked; the clerks' decision check is the
 * real one. Subclasses deploy the diagram and drive one concern each.
 */
@ExtendWith(ProcessEngineExtension.class)
abstract class IdCardProcessTestBase {

  static final Instant NOW = Instant.parse("2026-11-23T01:30:00Z");
  static final String SERIAL = "ID2026112300000001";

  final CancelUnpaidDelegate cancelUnpaid = mock(CancelUnpaidDelegate.class);
  final RejectAppointmentDelegate rejectAppointment = mock(RejectAppointmentDelegate.class);
  final NotifyAppointmentDelegate notifyAppointment = mock(NotifyAppointmentDelegate.class);
  final AcceptApplicationDelegate accept = mock(AcceptApplicationDelegate.class);
  final PostCardDelegate postCard = mock(PostCardDelegate.class);
  final CompleteDeliveredDelegate completeDelivered = mock(CompleteDeliveredDelegate.class);
  final NotifyReadyForPickupDelegate readyForPickup = mock(NotifyReadyForPickupDelegate.class);
  final CompleteCollectedDelegate completeCollected = mock(CompleteCollectedDelegate.class);
  final NotifyTemporaryCardDelegate notifyTemporaryCard = mock(NotifyTemporaryCardDelegate.class);
  final ExpireAppointmentDelegate expireAppointment = mock(ExpireAppointmentDelegate.class);

  @BeforeEach
  void registerServices(ProcessEngine engine) {
    BpmnAwareTests.init(engine);
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
    Mocks.register(BEAN_EXPIRE_APPOINTMENT, expireAppointment);
    Mocks.register(BEAN_CLERK_DECISION, new ClerkDecisionListener());
    Mocks.register("workingDays", new FakeWorkingDays());
    Mocks.register(IdCardFigures.BEAN, new IdCardFigures(1, 10, 3, 1));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** Online, paid and accepted: waiting for the provincial centre. */
  ProcessInstance startAccepted(int issueDays) {
    ProcessInstance reissue = start("ONLINE", "POST", issueDays);
    correlate(MESSAGE_PAYMENT_CONFIRMED);
    execute(job(TASK_ACCEPT_APPLICATION));
    assertThat(reissue).isWaitingAt(TASK_RECORD_CARD_PRODUCED);
    return reissue;
  }

  void approveAppointment(Date appointment) {
    assertThat(task()).hasDefinitionKey(TASK_REVIEW_APPOINTMENT).hasCandidateGroup(ReviewGroups.ID_CARD_CLERKS)
        .hasFormKey("embedded:deployment:forms/review-appointment.html").hasDueDate(FakeWorkingDays.closing(1));
    complete(task(), withVariables(VAR_APPOINTMENT_APPROVED, true, VAR_APPOINTMENT_TIME, appointment,
        VAR_APPOINTMENT_PLACE, "湛江市公安局海滨派出所户籍窗口"));
    execute(job(TASK_NOTIFY_APPOINTMENT));
    verify(notifyAppointment).execute(any());
  }

  void recordFingerprintsAndFee(Date appointment) {
    assertThat(task()).hasDefinitionKey(TASK_RECORD_FINGERPRINTS_AND_FEE)
        .hasCandidateGroup(ReviewGroups.ID_CARD_CLERKS).hasDueDate(appointment)
        .hasFormKey("embedded:deployment:forms/record-fingerprints.html");
    assertThatThrownBy(() -> complete(task(), withVariables(VAR_FINGERPRINTS_COLLECTED, true, VAR_FEE_PAID, false)))
        .hasMessageContaining("工本费");
    complete(task(), withVariables(VAR_FINGERPRINTS_COLLECTED, true, VAR_FEE_PAID, true));
    execute(job(TASK_ACCEPT_APPLICATION));
  }

  void recordCardProduced(int workingDays) {
    Task produced = taskService().createTaskQuery()
        .taskDefinitionKey(TASK_RECORD_CARD_PRODUCED).singleResult();
    assertThat(produced).hasCandidateGroup(ReviewGroups.ID_CARD_CLERKS)
        .hasFormKey("embedded:deployment:forms/record-card-produced.html")
        .hasDueDate(FakeWorkingDays.closing(workingDays));
    assertThatThrownBy(() -> complete(produced)).hasMessageContaining("省级制证中心");
    complete(produced, withVariables(VAR_CARD_PRODUCED, true));
  }

  ProcessInstance start(String channel, String delivery, int issueDays) {
    Map<String, Object> variables = new HashMap<>(Map.of(VAR_CHANNEL, channel, VAR_DELIVERY, delivery,
        VAR_ISSUE_DEADLINE, Date.from(NOW.plus(Duration.ofDays(issueDays))), VAR_PRODUCTION_WORKING_DAYS, 20,
        VAR_APPOINTMENT_NO_SHOW_WORKING_DAYS, 5));
    if ("ONLINE".equals(channel)) {
      variables.put(VAR_PAYMENT_ORDER_NUMBER, "ZF000000000001");
      variables.put(VAR_PAYMENT_DEADLINE, Date.from(NOW.plus(Duration.ofMinutes(30))));
    }
    ProcessInstance reissue = runtimeService().createProcessInstanceByKey(KEY).businessKey(SERIAL)
        .setVariables(variables).execute();
    assertThat(reissue).isStarted().hasBusinessKey(SERIAL);
    return reissue;
  }

  void correlate(String message) {
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

    public Date closingAfterWorkingDays(Date from, int n) {
      return Date.from(from.toInstant().plus(Duration.ofDays(n)));
    }
  }
}
