package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.blacklist.BlacklistEntry;
import cn.trafficpolice.eservices.blacklist.BlacklistKind;
import cn.trafficpolice.eservices.blacklist.BlacklistService;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.validation.PlateNumbers;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a selected plate (PP-7): the citizen is told the deadline; the vehicle office confirms it in
 * time; or it expires — back to the pool, blacklist for two years (SH-5), SMS. Each step is idempotent.
 */
@Service
public class PreselectionOutcomes {

  private static final Logger log = LoggerFactory.getLogger(PreselectionOutcomes.class);

  private final PlateSelectionStore selections;
  private final PlatePoolStore pool;
  private final AccountService accounts;
  private final ApplicationService applications;
  private final BlacklistService blacklist;
  private final VehicleOffices offices;
  private final PreselectionNotifier notifier;
  private final PlatePreselectionStarter starter;
  private final Clock clock;

  PreselectionOutcomes(PlateSelectionStore selections, PlatePoolStore pool, AccountService accounts,
      ApplicationService applications, BlacklistService blacklist, VehicleOffices offices,
      PreselectionNotifier notifier, PlatePreselectionStarter starter, Clock clock) {
    this.selections = selections;
    this.pool = pool;
    this.accounts = accounts;
    this.applications = applications;
    this.blacklist = blacklist;
    this.offices = offices;
    this.notifier = notifier;
    this.starter = starter;
    this.clock = clock;
  }

  @Transactional
  public void notifySelected(long selectionId) {
    PlateSelection s = get(selectionId);
    notifier.selected(s, citizen(s).phone(), offices.get(s.officeCode()).name());
  }

  /** The vehicle office's confirmation (outside system): only the pre-selected plate of that VIN, still valid. */
  @Transactional
  public void confirmByOffice(String serial, String vin, String plateInput) {
    PlateSelection s = selections.findBySerial(serial)
        .filter(found -> found.vin().equalsIgnoreCase(vin) && found.plateNumber().equals(PlateNumbers.normalize(plateInput)))
        .orElseThrow(() -> BusinessException.notFound("未找到该预选号牌记录"));
    if (s.status() != SelectionStatus.SELECTED) {
      throw BusinessException.conflict(PlateErrors.CONFIRMATION_MISMATCH, "该预选号牌当前状态为" + s.status().label() + "，不能确认");
    }
    // PP-7: past the validity the release may not have run yet; the confirmation is late all the same
    if (s.validUntil() != null && !now().isBefore(s.validUntil())) {
      throw BusinessException.conflict(PlateErrors.CONFIRMATION_MISMATCH, "该预选号牌已超过有效期，不能确认");
    }
    starter.confirmed(serial);
  }

  @Transactional
  public void confirm(long selectionId) {
    PlateSelection s = get(selectionId);
    if (selections.confirm(selectionId, now())) {
      applications.update(s.serialNumber(), ApplicationStatus.COMPLETED, "车管所已确认预选号牌" + s.plateNumber(), null);
      notifier.confirmed(s, citizen(s).phone());
      log.info("Plate selection {} confirmed by the vehicle office ({})", selectionId, s.serialNumber());
    }
  }

  /** PP-7 and SH-5: not confirmed in time. */
  @Transactional
  public void expire(long selectionId) {
    PlateSelection s = get(selectionId);
    if (selections.expire(selectionId, now())) {
      pool.releaseReserved(s.plateNumber(), s.holderRef());
      Citizen citizen = citizen(s);
      BlacklistEntry entry = blacklist.add(citizen.idNumber(), BlacklistKind.PLATE_PRESELECTION,
          "预选号牌" + s.plateNumber() + "未在有效期内到车管所确认", s.serialNumber());
      applications.update(s.serialNumber(), ApplicationStatus.CANCELLED, "号牌已收回",
          "未在有效期内到车管所确认，已列入互联网黑名单至" + entry.endsOn());
      notifier.expired(s, citizen.phone(), entry.endsOn());
      log.info("Plate selection {} expired: plate released, citizen {} blacklisted", selectionId, citizen.id());
    }
  }

  private PlateSelection get(long selectionId) {
    return selections.find(selectionId)
        .orElseThrow(() -> new IllegalStateException("no plate selection " + selectionId));
  }

  private Citizen citizen(PlateSelection s) {
    return accounts.get(s.citizenId());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
