package cn.trafficpolice.eservices.idcard;

import static cn.trafficpolice.eservices.idcard.IdCardReissueProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.time.Duration;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** ID-4 on the in-memory engine: the escalation after 60 (90) days and the temporary card. */
@Deployment(resources = "IdCardReissue.bpmn")
class IdCardTimeLimitsProcessTest extends IdCardProcessTestBase {

  @Test
  void notIssuedWithinSixtyDaysIsEscalatedToTheOfficeHeads() { // ID-4
    ProcessInstance reissue = startAccepted(60);
    Date deadline = Date.from(NOW.plus(Duration.ofDays(60)));
    assertThat(job(TIMER_ISSUE_DEADLINE)).hasDueDate(deadline);

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(59))));
    Assertions.assertThat(managementService().createJobQuery().activityId(TIMER_ISSUE_DEADLINE).executable().count())
        .isZero();
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(60)).plusSeconds(60)));
    execute(managementService().createJobQuery().activityId(TIMER_ISSUE_DEADLINE).executable().singleResult());

    assertThat(reissue).isWaitingAt(TASK_RECORD_CARD_PRODUCED, TASK_SUPERVISE_OVERDUE);
    Task supervision = taskService().createTaskQuery()
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
    Assertions.assertThat(managementService().createJobQuery().activityId(TIMER_ISSUE_DEADLINE).executable().count())
        .isZero();
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(90)).plusSeconds(60)));
    execute(managementService().createJobQuery().activityId(TIMER_ISSUE_DEADLINE).executable().singleResult());

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
    Task temporary = taskService().createTaskQuery()
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
}
