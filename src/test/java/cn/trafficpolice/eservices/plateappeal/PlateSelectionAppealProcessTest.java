package cn.trafficpolice.eservices.plateappeal;

import static cn.trafficpolice.eservices.plateappeal.PlateSelectionAppealProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
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

/** Every path of PlateSelectionAppeal on the in-memory engine, services mocked (PA-2, PA-3). */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "PlateSelectionAppeal.bpmn")
class PlateSelectionAppealProcessTest {

  private static final Date DUE = Date.from(Instant.parse("2026-11-24T09:30:00Z"));

  ProcessEngine processEngine;

  private final ApproveAppealDelegate approve = mock(ApproveAppealDelegate.class);
  private final RejectAppealDelegate reject = mock(RejectAppealDelegate.class);

  @BeforeEach
  void registerServices() {
    BpmnAwareTests.init(processEngine);
    Mocks.register(BEAN_APPROVE_APPEAL, approve);
    Mocks.register(BEAN_REJECT_APPEAL, reject);
    Mocks.register(BEAN_REVIEW_DECISION, new AppealDecisionListener());
    Mocks.register("workingDays", new FakeWorkingDays());
    Mocks.register(PlateAppealFigures.BEAN, new PlateAppealFigures(1));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void approvedAppealClearsTheBlockingRecord() throws Exception { // PA-3
    ProcessInstance appeal = submitted();
    assertThat(task()).hasCandidateGroup(ReviewGroups.PLATE_APPEAL_REVIEWERS).hasFormKey(FORM_KEY).hasDueDate(DUE);

    complete(task(), withVariables(VAR_APPEAL_APPROVED, true, VAR_IDENTITY_PROOF_MATCHES, true,
        VAR_INVOICE_MATCHES_VIN, true));
    assertThat(appeal).isWaitingAt(TASK_CLEAR_BLOCKING_RECORD);
    execute(job());

    assertThat(appeal).hasPassedInOrder(START_EVENT_APPEAL_SUBMITTED, TASK_REVIEW_APPEAL, GATEWAY_APPEAL_APPROVED,
        TASK_CLEAR_BLOCKING_RECORD, END_EVENT_APPEAL_APPROVED).hasNotPassed(TASK_REJECT_APPEAL).isEnded();
    verify(approve).execute(any());
    verifyNoInteractions(reject);
  }

  @Test
  void rejectedAppealGivesTheReason() throws Exception { // PA-3
    ProcessInstance appeal = submitted();

    complete(task(), withVariables(VAR_APPEAL_APPROVED, false, VAR_REJECTION_REASON,
        AppealRejectionReason.INVOICE_VIN_MISMATCH.name()));
    assertThat(appeal).isWaitingAt(TASK_REJECT_APPEAL);
    execute(job());

    assertThat(appeal).hasPassedInOrder(TASK_REVIEW_APPEAL, GATEWAY_APPEAL_APPROVED, TASK_REJECT_APPEAL,
        END_EVENT_APPEAL_REJECTED).hasNotPassed(TASK_CLEAR_BLOCKING_RECORD).isEnded();
    verify(reject).execute(any());
    verifyNoInteractions(approve);
  }

  @Test
  void aRejectionWithoutReasonDoesNotCompleteTheReview() { // PA-3: enforced by the process, not only the form
    ProcessInstance appeal = submitted();
    Task review = task();

    assertThatThrownBy(() -> complete(review, withVariables(VAR_APPEAL_APPROVED, false)))
        .hasMessageContaining("原因");
    assertThatThrownBy(() -> complete(review)).hasMessageContaining("审核结果");
    assertThatThrownBy(() -> complete(review, withVariables(VAR_APPEAL_APPROVED, false, VAR_REJECTION_REASON,
        "发票与车辆识别代号不一致"))).hasMessageContaining("原因");

    assertThat(appeal).isWaitingAt(TASK_REVIEW_APPEAL);
    verifyNoInteractions(approve, reject);
  }

  @Test
  void anApprovalWithoutBothPa2ChecksDoesNotCompleteTheReview() { // PA-2: both ticks, recorded on the task
    ProcessInstance appeal = submitted();
    Task review = task();

    assertThatThrownBy(() -> complete(review, withVariables(VAR_APPEAL_APPROVED, true)))
        .hasMessageContaining("勾选");
    assertThatThrownBy(() -> complete(review, withVariables(VAR_APPEAL_APPROVED, true,
        VAR_IDENTITY_PROOF_MATCHES, true, VAR_INVOICE_MATCHES_VIN, false))).hasMessageContaining("勾选");

    assertThat(appeal).isWaitingAt(TASK_REVIEW_APPEAL);
    verifyNoInteractions(approve, reject);
  }

  private ProcessInstance submitted() {
    ProcessInstance appeal = runtimeService().createProcessInstanceByKey(KEY).businessKey("PA2026112300000001")
        .setVariable(VAR_APPEAL_ID, 3L).execute();
    assertThat(appeal).isWaitingAt(TASK_REVIEW_APPEAL);
    return appeal;
  }

  public static class FakeWorkingDays {

    public Date closingAfterWorkingDays(int n) {
      return n == 1 ? DUE : null;
    }
  }
}
