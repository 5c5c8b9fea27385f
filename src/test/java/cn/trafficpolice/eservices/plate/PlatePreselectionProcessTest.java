package cn.trafficpolice.eservices.plate;

import static cn.trafficpolice.eservices.plate.PlatePreselectionProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of PlatePreselection on the in-memory engine, services mocked (PP-7, PA-3). */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "PlatePreselection.bpmn")
class PlatePreselectionProcessTest {

  private static final String SERIAL = "PP2026100900000001";
  private static final Instant SELECTED_AT = Instant.parse("2026-09-28T02:00:00Z");

  ProcessEngine processEngine;

  private final NotifyPlateSelectedDelegate notifySelected = mock(NotifyPlateSelectedDelegate.class);
  private final ConfirmPlateDelegate confirm = mock(ConfirmPlateDelegate.class);
  private final ReleaseExpiredPlateDelegate release = mock(ReleaseExpiredPlateDelegate.class);

  @BeforeEach
  void registerServices() {
    BpmnAwareTests.init(processEngine);
    Mocks.register(BEAN_NOTIFY_SELECTED, notifySelected);
    Mocks.register(BEAN_CONFIRM_PLATE, confirm);
    Mocks.register(BEAN_RELEASE_EXPIRED_PLATE, release);
    Mocks.register("workingDays", new FakeWorkingDays());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void confirmedInTimeCompletes() throws Exception { // PP-7
    ProcessInstance preselection = selectedAndNotified();

    confirmByOffice();
    assertThat(preselection).isWaitingAt(TASK_CONFIRM_PLATE);
    execute(job());

    assertThat(preselection).hasPassedInOrder(START_EVENT_PLATE_SELECTED, TASK_NOTIFY_SELECTED,
            GATEWAY_CONFIRMED_IN_TIME, EVENT_PLATE_CONFIRMED, TASK_CONFIRM_PLATE, END_EVENT_PLATE_CONFIRMED)
        .hasNotPassed(TASK_RELEASE_EXPIRED_PLATE).isEnded();
    verify(notifySelected).execute(any());
    verify(confirm).execute(any());
    verifyNoInteractions(release);
  }

  @Test
  void notConfirmedWithinTheValidityReleasesAndBlacklists() throws Exception { // PP-7, SH-5
    ProcessInstance preselection = selectedAndNotified();
    assertThat(job(TIMER_VALIDITY_EXPIRED)).hasDueDate(FakeWorkingDays.closing(SELECTED_AT, 15));

    execute(job(TIMER_VALIDITY_EXPIRED));
    assertThat(preselection).isWaitingAt(TASK_RELEASE_EXPIRED_PLATE);
    execute(job());

    assertThat(preselection).hasPassedInOrder(GATEWAY_CONFIRMED_IN_TIME, TIMER_VALIDITY_EXPIRED,
        TASK_RELEASE_EXPIRED_PLATE, END_EVENT_PLATE_EXPIRED).hasNotPassed(TASK_CONFIRM_PLATE).isEnded();
    verify(release).execute(any());
    verifyNoInteractions(confirm);
  }

  @Test
  void anApprovedAppealEndsTheWaitWithoutBlacklist() throws Exception { // PA-3
    ProcessInstance preselection = selectedAndNotified();

    runtimeService().createMessageCorrelation(MESSAGE_PRESELECTION_CLEARED).processInstanceBusinessKey(SERIAL)
        .correlate();

    assertThat(preselection).hasPassedInOrder(GATEWAY_CONFIRMED_IN_TIME, EVENT_PRESELECTION_CLEARED,
        END_EVENT_PRESELECTION_CLEARED).isEnded();
    verifyNoInteractions(confirm, release);
  }

  private ProcessInstance selectedAndNotified() throws Exception {
    ProcessInstance preselection = runtimeService().createProcessInstanceByKey(KEY).businessKey(SERIAL)
        .setVariable(VAR_SELECTION_ID, 7L).setVariable(VAR_SELECTED_AT, Date.from(SELECTED_AT))
        .setVariable(VAR_VALIDITY_WORKING_DAYS, 15).execute();
    assertThat(preselection).isWaitingAt(TASK_NOTIFY_SELECTED).variables()
        .containsOnlyKeys(VAR_SELECTION_ID, VAR_SELECTED_AT, VAR_VALIDITY_WORKING_DAYS);
    execute(job());
    assertThat(preselection).isWaitingAt(GATEWAY_CONFIRMED_IN_TIME);
    return preselection;
  }

  private void confirmByOffice() {
    runtimeService().createMessageCorrelation(MESSAGE_PLATE_CONFIRMED).processInstanceBusinessKey(SERIAL)
        .correlate();
  }

  /** The calendar stand-in: the n-th working day's closing is simply n days later. */
  public static class FakeWorkingDays {

    static Date closing(Instant from, int n) {
      return Date.from(from.plus(n, ChronoUnit.DAYS));
    }

    public Date closingAfterWorkingDays(Date from, int n) {
      return closing(from.toInstant(), n);
    }

    public Date closingAfterWorkingDays(int n) {
      return closing(Instant.parse("2026-11-23T09:30:00Z"), n);
    }
  }
}
