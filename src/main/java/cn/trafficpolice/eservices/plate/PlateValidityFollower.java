package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.workingday.TimerMoved;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SH-4, PP-7: when a loaded notice moves the validity timer, the validity the citizen sees (the selection and My
 * applications) moves with it, so the plate is not released before the date shown.
 */
@Component
class PlateValidityFollower {

  private static final Logger log = LoggerFactory.getLogger(PlateValidityFollower.class);

  private final PlateSelectionStore selections;
  private final ApplicationService applications;
  private final Clock clock;

  PlateValidityFollower(PlateSelectionStore selections, ApplicationService applications, Clock clock) {
    this.selections = selections;
    this.applications = applications;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  void validityMoved(TimerMoved moved) {
    if (!PlatePreselectionProcess.KEY.equals(moved.processDefinitionKey())
        || !PlatePreselectionProcess.TIMER_VALIDITY_EXPIRED.equals(moved.activityId())) {
      return;
    }
    OffsetDateTime validUntil = moved.due().toInstant().atZone(clock.getZone()).toOffsetDateTime();
    if (selections.moveValidity(moved.businessKey(), validUntil)) {
      PlateSelection selection = selections.findBySerial(moved.businessKey()).orElseThrow();
      applications.update(moved.businessKey(), ApplicationStatus.IN_PROGRESS,
          PlateSelector.selectedResult(selection.plateNumber(), validUntil), null);
      log.info("Plate pre-selection {} valid until {} after a new working-day notice", moved.businessKey(),
          validUntil);
    }
  }
}
