package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.workingday.WorkingDayExpressions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;

/**
 * The moment a plate becomes the vehicle's (PP-12): the guarded reservation in the pool, the selection's guarded
 * change to SELECTED (one plate per vehicle), the application and the process instance — all in the caller's
 * transaction, so a loser leaves nothing behind.
 */
@Component
class PlateSelector {

  private static final Logger log = LoggerFactory.getLogger(PlateSelector.class);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日HH:mm");

  private final PlatePoolStore pool;
  private final PlateSelectionStore selections;
  private final ApplicationService applications;
  private final PlatePreselectionStarter starter;
  private final PlateProperties properties;
  private final WorkingDayExpressions workingDays;
  private final Clock clock;

  PlateSelector(PlatePoolStore pool, PlateSelectionStore selections, ApplicationService applications,
      PlatePreselectionStarter starter, PlateProperties properties, WorkingDayExpressions workingDays, Clock clock) {
    this.pool = pool;
    this.selections = selections;
    this.applications = applications;
    this.starter = starter;
    this.properties = properties;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  /**
   * PP-4: reserves a free plate; false when another vehicle holds or has it. A database that gives up waiting for
   * the row lock (H2's lock timeout) means another reservation of that plate is under way: taken as well.
   */
  boolean tryReserve(PlateSelection selection, String plate) {
    try {
      return pool.reserve(plate, selection.officeCode(), selection.plateKind(), selection.holderRef(), now());
    } catch (PessimisticLockingFailureException | QueryTimeoutException lockedByAnotherReservation) {
      throw taken(plate);
    }
  }

  /** Reserves the plate for the vehicle or refuses with {@code PLATE_TAKEN}. */
  PlateSelection reserve(PlateSelection selection, String plate) {
    if (!tryReserve(selection, plate)) {
      throw taken(plate);
    }
    return complete(selection, plate);
  }

  /** After the pool said yes: the vehicle's one selection, its application and its process (PP-7). */
  PlateSelection complete(PlateSelection selection, String plate) {
    pool.releaseHeld(selection.holderRef());
    int days = properties.rulesOf(selection.officeCode()).validityWorkingDays();
    OffsetDateTime now = now();
    Date selectedAt = Date.from(now.toInstant());
    OffsetDateTime validUntil = workingDays.closingAfterWorkingDays(selectedAt, days).toInstant().atZone(clock.getZone())
        .toOffsetDateTime();
    String serial = applications.open(Business.PLATE_PRESELECTION, selection.citizenId(), selection.vin());
    if (!selections.select(selection.id(), plate, serial, now, validUntil)) {
      throw BusinessException.conflict(PlateErrors.SELECTION_CLOSED, "该车辆已完成选号，不能再次选号");
    }
    applications.update(serial, ApplicationStatus.IN_PROGRESS, selectedResult(plate, validUntil), null);
    starter.start(serial, selection.id(), selectedAt, days);
    log.info("Plate selection {} reserved a plate of office {} ({})", selection.id(), selection.officeCode(), serial);
    return selections.find(selection.id()).orElseThrow();
  }

  /** What My applications says of a selected plate. */
  static String selectedResult(String plate, OffsetDateTime validUntil) {
    return "已预选号牌%s，请于%s前到车管所确认".formatted(plate, SHOWN.format(validUntil));
  }

  private static BusinessException taken(String plate) {
    return BusinessException.conflict(PlateErrors.PLATE_TAKEN, "号牌" + plate + "已被他人选用，请选择其他号牌");
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
