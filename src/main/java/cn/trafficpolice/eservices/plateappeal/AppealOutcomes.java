package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.plate.PlateConflicts;
import cn.trafficpolice.eservices.sms.SmsGateway;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PA-3 outcomes, idempotent: approved — the blocking pre-selection is cleared and the citizen may pre-select
 * again; rejected — the reason. A registered vehicle's record is the registry's: an approved appeal against it
 * is passed to the office's window, which corrects the registry.
 */
@Service
public class AppealOutcomes {

  private static final String SIGNATURE = "【交管服务】";
  private static final Logger log = LoggerFactory.getLogger(AppealOutcomes.class);

  private final PlateAppealStore store;
  private final PlateConflicts conflicts;
  private final ApplicationService applications;
  private final AccountService accounts;
  private final SmsGateway sms;
  private final Clock clock;

  AppealOutcomes(PlateAppealStore store, PlateConflicts conflicts, ApplicationService applications,
      AccountService accounts, SmsGateway sms, Clock clock) {
    this.store = store;
    this.conflicts = conflicts;
    this.applications = applications;
    this.accounts = accounts;
    this.sms = sms;
    this.clock = clock;
  }

  @Transactional
  public void approve(long appealId) {
    PlateAppeal appeal = get(appealId);
    if (!store.decide(appealId, AppealStatus.APPROVED, null, OffsetDateTime.now(clock))) {
      return;
    }
    String result;
    if (appeal.blockingSelectionId() != null) {
      conflicts.clear(appeal.blockingSelectionId());
      result = "申诉成立，原预选记录已撤销，您可以继续预选号牌";
    } else {
      result = "申诉成立，请携带身份证明和购车发票到车管所更正登记信息后选号";
    }
    applications.update(appeal.serialNumber(), ApplicationStatus.COMPLETED, result, null);
    notify(appeal, "您的异常选号资料修改申诉（业务流水号%s）%s。".formatted(appeal.serialNumber(), result));
    log.info("Plate appeal {} approved", appeal.serialNumber());
  }

  @Transactional
  public void reject(long appealId, String reason) {
    PlateAppeal appeal = get(appealId);
    if (!store.decide(appealId, AppealStatus.REJECTED, reason, OffsetDateTime.now(clock))) {
      return;
    }
    applications.update(appeal.serialNumber(), ApplicationStatus.REJECTED, "申诉不成立", reason);
    notify(appeal, "您的异常选号资料修改申诉（业务流水号%s）不成立，原因：%s。".formatted(appeal.serialNumber(), reason));
    log.info("Plate appeal {} rejected", appeal.serialNumber());
  }

  private void notify(PlateAppeal appeal, String text) {
    sms.send(appeal.serialNumber() + ":decided", accounts.get(appeal.citizenId()).phone(), SIGNATURE + text);
  }

  private PlateAppeal get(long appealId) {
    return store.find(appealId).orElseThrow(() -> new IllegalStateException("no plate appeal " + appealId));
  }
}
