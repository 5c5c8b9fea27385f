package cn.trafficpolice.eservices.filing;

import static cn.trafficpolice.eservices.filing.VehicleFilingProcess.*;
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
import java.time.temporal.ChronoUnit;
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

/** Every path of NonOwnedVehicleFiling on the in-memory engine, services mocked. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "NonOwnedVehicleFiling.bpmn")
class VehicleFilingProcessTest {

  private static final String SERIAL = "NF2026112300000001";
  private static final long FILING_ID = 42L;

  ProcessEngine processEngine;

  private final ApproveFilingDelegate approve = mock(ApproveFilingDelegate.class);
  private final RejectFilingDelegate reject = mock(RejectFilingDelegate.class);
  private final CloseOverdueFilingDelegate closeOverdue = mock(CloseOverdueFilingDelegate.class);

  @BeforeEach
  void registerServices() {
    BpmnAwareTests.init(processEngine);
    Mocks.register(BEAN_APPROVE_FILING, approve);
    Mocks.register(BEAN_REJECT_FILING, reject);
    Mocks.register(BEAN_CLOSE_OVERDUE_FILING, closeOverdue);
    Mocks.register(BEAN_REVIEW_DECISION, new ReviewDecisionListener());
    Mocks.register("workingDays", new FakeWorkingDays());
    Mocks.register(FilingFigures.BEAN, new FilingFigures(1, 3));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void passedRealPersonAuthenticationIsApprovedWithoutReviewer() throws Exception { // NF-3
    ProcessInstance filing = start(true);
    assertThat(filing).isWaitingAt(TASK_APPROVE_FILING).variables()
        .containsOnlyKeys(VAR_FILING_ID, VAR_REAL_PERSON_PASSED);

    execute(job());

    assertThat(filing).hasPassedInOrder(START_EVENT_FILING_SUBMITTED, GATEWAY_REAL_PERSON_PASSED,
            GATEWAY_JOIN_APPROVAL, TASK_APPROVE_FILING, END_EVENT_FILING_APPROVED)
        .hasNotPassed(TASK_AWAIT_ID_PHOTO, TASK_REVIEW_FILING_PHOTO).isEnded();
    verify(approve).execute(any());
    verifyNoInteractions(reject, closeOverdue);
  }

  @Test
  void failedAuthenticationGoesToAFilingReviewerWhoApproves() throws Exception { // NF-3, NF-4
    ProcessInstance filing = start(false);
    assertThat(filing).isWaitingAt(TASK_AWAIT_ID_PHOTO);

    photoUploaded();

    assertThat(filing).isWaitingAt(TASK_REVIEW_FILING_PHOTO);
    assertThat(task()).hasCandidateGroup(ReviewGroups.FILING_REVIEWERS)
        .hasFormKey("embedded:deployment:forms/review-filing.html")
        .hasDueDate(FakeWorkingDays.closing(1));
    complete(task(), withVariables(VAR_PHOTO_APPROVED, true));
    assertThat(filing).isWaitingAt(TASK_APPROVE_FILING);
    execute(job());

    assertThat(filing).hasPassedInOrder(TASK_AWAIT_ID_PHOTO, TASK_REVIEW_FILING_PHOTO, GATEWAY_PHOTO_APPROVED,
        GATEWAY_JOIN_APPROVAL, TASK_APPROVE_FILING, END_EVENT_FILING_APPROVED).isEnded();
    verify(approve).execute(any());
    verifyNoInteractions(reject, closeOverdue);
  }

  @Test
  void reviewerRejectsWithANf3Reason() throws Exception { // NF-3
    ProcessInstance filing = start(false);
    photoUploaded();
    assertThat(filing).isWaitingAt(TASK_REVIEW_FILING_PHOTO);

    complete(task(), withVariables(VAR_PHOTO_APPROVED, false, VAR_REJECTION_REASON, "OTHER_PARTYS_DOCUMENT",
        VAR_REVIEW_NOTE, "照片中为机动车所有人的身份证"));
    assertThat(filing).isWaitingAt(TASK_REJECT_FILING);
    execute(job());

    assertThat(filing).hasPassedInOrder(TASK_REVIEW_FILING_PHOTO, GATEWAY_PHOTO_APPROVED, TASK_REJECT_FILING,
        END_EVENT_FILING_REJECTED).hasNotPassed(TASK_APPROVE_FILING).isEnded();
    verify(reject).execute(any());
    verifyNoInteractions(approve, closeOverdue);
  }

  @Test
  void aRejectionWithoutReasonDoesNotCompleteTheReview() { // NF-3: the process, not only the form
    ProcessInstance filing = start(false);
    photoUploaded();
    assertThat(filing).isWaitingAt(TASK_REVIEW_FILING_PHOTO);
    Task review = task();

    assertThatThrownBy(() -> complete(review, withVariables(VAR_PHOTO_APPROVED, false)))
        .hasMessageContaining("退办原因");
    assertThatThrownBy(() -> complete(review, withVariables(VAR_PHOTO_APPROVED, false,
        VAR_REJECTION_REASON, "LOOKS_ODD"))).hasMessageContaining("退办原因");
    assertThatThrownBy(() -> complete(review)).hasMessageContaining("审核结果");

    assertThat(filing).isWaitingAt(TASK_REVIEW_FILING_PHOTO);
    verifyNoInteractions(approve, reject);
  }

  @Test
  void noPhotoWithinThreeWorkingDaysClosesTheFiling() throws Exception {
    ProcessInstance filing = start(false);
    assertThat(filing).isWaitingAt(TASK_AWAIT_ID_PHOTO);
    assertThat(job(EVENT_PHOTO_OVERDUE)).hasDueDate(FakeWorkingDays.closing(3));

    execute(job(EVENT_PHOTO_OVERDUE));
    assertThat(filing).isWaitingAt(TASK_CLOSE_OVERDUE_FILING);
    execute(job());

    assertThat(filing).hasPassedInOrder(TASK_CLOSE_OVERDUE_FILING, END_EVENT_FILING_LAPSED)
        .hasNotPassed(TASK_REVIEW_FILING_PHOTO).isEnded();
    verify(closeOverdue).execute(any());
    verifyNoInteractions(approve, reject);
  }

  private ProcessInstance start(boolean realPersonPassed) {
    return runtimeService().createProcessInstanceByKey(KEY).businessKey(SERIAL)
        .setVariable(VAR_FILING_ID, FILING_ID).setVariable(VAR_REAL_PERSON_PASSED, realPersonPassed).execute();
  }

  private void photoUploaded() {
    runtimeService().createMessageCorrelation(MESSAGE_PHOTO_UPLOADED).processInstanceBusinessKey(SERIAL)
        .correlate();
  }

  /** The working-day calendar stand-in: "closing of the n-th working day" is simply n days after a fixed time. */
  public static class FakeWorkingDays {

    private static final Instant BASE = Instant.parse("2026-11-23T09:30:00Z");

    static Date closing(int n) {
      return Date.from(BASE.plus(n, ChronoUnit.DAYS));
    }

    public Date closingAfterWorkingDays(int n) {
      return closing(n);
    }
  }
}
