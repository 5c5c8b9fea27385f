package cn.trafficpolice.eservices.elicence;

import static cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

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

/**
 * Every path of ElectronicLicenceApplication on the in-memory engine. Eligibility (EL-1) is decided before the
 * process starts, so the process has no refusal path.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "ElectronicLicenceApplication.bpmn")
class ElectronicLicenceProcessTest {

  private static final String SERIAL = "EL2026112300000001";

  ProcessEngine processEngine;

  private final ElectronicLicenceOutcomes outcomes = mock(ElectronicLicenceOutcomes.class);
  private int rejections;

  @BeforeEach
  void registerServices() {
    BpmnAwareTests.init(processEngine);
    when(outcomes.rejectPhoto(eq(SERIAL), any())).thenAnswer(i -> ++rejections);
    Mocks.register(BEAN_GENERATE_LICENCE, new GenerateDelegate(outcomes));
    Mocks.register(BEAN_REJECT_PHOTO, new RejectPhotoDelegate(outcomes));
    Mocks.register(BEAN_DIRECT_TO_WINDOW, new DirectToWindowDelegate(outcomes));
    Mocks.register(BEAN_REVIEW_DECISION, new ReviewDecisionListener());
    Mocks.register("workingDays", new FakeWorkingDays());
    Mocks.register(ElectronicLicenceFigures.BEAN, new ElectronicLicenceFigures(1, 3));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void retainedPhotoIsIssuedAtOnceWithoutReviewer() { // EL-2
    ProcessInstance application = start(PhotoSource.RETAINED);
    assertThat(application).isWaitingAt(TASK_GENERATE_LICENCE);
    execute(job(application));

    assertThat(application).hasPassedInOrder(START_EVENT_APPLICATION_SUBMITTED, GATEWAY_RETAINED_PHOTO,
            GATEWAY_JOIN_GENERATION, TASK_GENERATE_LICENCE, END_EVENT_LICENCE_ISSUED)
        .hasNotPassed(TASK_REVIEW_PHOTO).isEnded();
    verify(outcomes).generate(SERIAL);
  }

  @Test
  void uploadedPhotoApprovedByAPhotoReviewer() { // EL-3
    ProcessInstance application = start(PhotoSource.UPLOADED);
    assertThat(application).isWaitingAt(TASK_REVIEW_PHOTO);
    assertThat(task()).hasCandidateGroup(ReviewGroups.PHOTO_REVIEWERS)
        .hasFormKey("embedded:deployment:forms/review-licence-photo.html")
        .hasDueDate(FakeWorkingDays.closing(1));

    complete(task(), withVariables(VAR_PHOTO_APPROVED, true));
    execute(job(application));

    assertThat(application).hasPassedInOrder(TASK_REVIEW_PHOTO, GATEWAY_PHOTO_ACCEPTED, GATEWAY_JOIN_GENERATION,
        TASK_GENERATE_LICENCE, END_EVENT_LICENCE_ISSUED).isEnded();
    verify(outcomes).generate(SERIAL);
  }

  @Test
  void rejectedThenApprovedInTheSameApplication() { // EL-3
    ProcessInstance application = start(PhotoSource.UPLOADED);
    reject(application, "BACKGROUND_NOT_WHITE", null);
    assertThat(application).isWaitingAt(EVENT_NEW_PHOTO_UPLOADED).variables()
        .containsEntry(VAR_PHOTO_REJECTIONS, 1).doesNotContainKeys(VAR_PHOTO_APPROVED, VAR_REJECTION_REASON);

    newPhoto();
    assertThat(application).isWaitingAt(TASK_REVIEW_PHOTO);
    complete(task(application), withVariables(VAR_PHOTO_APPROVED, true));
    execute(job(application));

    assertThat(application).hasPassed(TASK_REJECT_PHOTO, EVENT_NEW_PHOTO_UPLOADED, END_EVENT_LICENCE_ISSUED)
        .hasNotPassed(TASK_DIRECT_TO_WINDOW).isEnded();
    verify(outcomes).rejectPhoto(eq(SERIAL), any());
    verify(outcomes).generate(SERIAL);
  }

  @Test
  void photoRejectedThreeTimesSendsTheCitizenToAWindow() { // EL-3
    ProcessInstance application = start(PhotoSource.UPLOADED);
    reject(application, "HEAD_COVERED", null);
    newPhoto();
    reject(application, "BLURRED", null);
    newPhoto();
    reject(application, "OTHER", "照片为翻拍");
    assertThat(application).isWaitingAt(TASK_DIRECT_TO_WINDOW);
    execute(job(application));

    assertThat(application).hasPassed(END_EVENT_WINDOW_REQUIRED).hasNotPassed(TASK_GENERATE_LICENCE).isEnded();
    verify(outcomes, times(3)).rejectPhoto(eq(SERIAL), any());
    verify(outcomes).directToWindow(SERIAL);
  }

  @Test
  void theRejectionLimitAndTheReviewTimeAreTheAnalystsFigures() { // EL-3: set in one place, read by the diagram
    Mocks.register(ElectronicLicenceFigures.BEAN, new ElectronicLicenceFigures(2, 2));
    ProcessInstance application = start(PhotoSource.UPLOADED);
    assertThat(task(application)).hasDueDate(FakeWorkingDays.closing(2));
    reject(application, "HEAD_COVERED", null);
    newPhoto();
    reject(application, "BLURRED", null);

    assertThat(application).isWaitingAt(TASK_DIRECT_TO_WINDOW);
  }

  @Test
  void aRejectionWithoutReasonDoesNotCompleteTheReview() { // EL-3: the process, not only the form
    ProcessInstance application = start(PhotoSource.UPLOADED);
    Task review = task(application);

    assertThatThrownBy(() -> complete(review, withVariables(VAR_PHOTO_APPROVED, false)))
        .hasMessageContaining("退回原因");
    assertThatThrownBy(() -> complete(review, withVariables(VAR_PHOTO_APPROVED, false,
        VAR_REJECTION_REASON, "OTHER"))).hasMessageContaining("审核意见");
    assertThatThrownBy(() -> complete(review)).hasMessageContaining("审核结果");
    assertThat(application).isWaitingAt(TASK_REVIEW_PHOTO);
    verifyNoInteractions(outcomes);
  }

  @Test
  void aFailedGenerationIsRetriedWithoutLosingTheApproval() { // EL-3: generating is a save point
    ProcessInstance application = start(PhotoSource.UPLOADED);
    doThrow(new IllegalStateException("registry unavailable")).when(outcomes).generate(SERIAL);
    complete(task(application), withVariables(VAR_PHOTO_APPROVED, true));

    assertThatThrownBy(() -> execute(job(application))).hasMessageContaining("registry unavailable");
    assertThat(application).isWaitingAt(TASK_GENERATE_LICENCE).hasPassed(TASK_REVIEW_PHOTO);
  }

  private ProcessInstance start(PhotoSource source) {
    return runtimeService().createProcessInstanceByKey(KEY).businessKey(SERIAL)
        .setVariable(VAR_PHOTO_SOURCE, source.name()).execute();
  }

  private void reject(ProcessInstance application, String reason, String note) {
    complete(task(application), withVariables(VAR_PHOTO_APPROVED, false, VAR_REJECTION_REASON, reason,
        VAR_REVIEW_NOTE, note));
    execute(job(application));
  }

  private void newPhoto() {
    runtimeService().createMessageCorrelation(MESSAGE_NEW_PHOTO_UPLOADED).processInstanceBusinessKey(SERIAL)
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
