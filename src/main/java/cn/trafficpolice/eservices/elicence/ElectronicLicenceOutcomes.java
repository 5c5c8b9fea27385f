package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process's outcomes for an application: generation (EL-2, EL-3, EL-6 photo change), a rejected photo, the
 * window after the last rejection allowed. Each is idempotent — a repeated job changes and sends nothing new.
 */
@Service
public class ElectronicLicenceOutcomes {

  private static final Logger log = LoggerFactory.getLogger(ElectronicLicenceOutcomes.class);

  private final ElectronicLicenceStore store;
  private final LicenceRegistry registry;
  private final AccountService accounts;
  private final ApplicationService applications;
  private final ElectronicLicenceNotifier notifier;
  private final ElectronicLicenceFigures figures;
  private final Clock clock;

  ElectronicLicenceOutcomes(ElectronicLicenceStore store, LicenceRegistry registry, AccountService accounts,
      ApplicationService applications, ElectronicLicenceNotifier notifier, ElectronicLicenceFigures figures,
      Clock clock) {
    this.store = store;
    this.registry = registry;
    this.accounts = accounts;
    this.applications = applications;
    this.notifier = notifier;
    this.figures = figures;
    this.clock = clock;
  }

  /** Issues the e-licence with the application's photo; an earlier one of the same licence is superseded. */
  @Transactional
  public void generate(String serial) {
    LicenceApplication a = application(serial);
    if (store.licenceOfApplication(serial).isPresent()) {
      return;
    }
    DriverLicence licence = registry.findByLicenceNumber(a.licenceNumber())
        .orElseThrow(() -> new IllegalStateException("licence of " + serial + " not in registry"));
    OffsetDateTime now = now();
    store.endActive(a.licenceNumber(), ElectronicLicence.Status.SUPERSEDED, "已更换照片并重新生成", now);
    store.insertLicence(new ElectronicLicence(0, serial, serial, a.citizenId(), a.licenceNumber(), a.photoId(),
        licence.licenceClass(), licence.validUntil(), licence.issuingAuthority(), ElectronicLicence.Status.ACTIVE,
        now, null, null));
    store.finish(serial, ApplicationState.ISSUED, now);
    applications.update(serial, ApplicationStatus.COMPLETED, "电子驾驶证已生成", null);
    notifier.issued(serial, accounts.get(a.citizenId()).phone());
    log.info("E-licence {} generated", serial);
  }

  /** EL-3: the citizen is told why; returns how many times this application's photo has now been rejected. */
  @Transactional
  public int rejectPhoto(String serial, PhotoReviewDecision decision) {
    boolean recorded = store.recordRejection(serial, decision.reason(), decision.note(), now());
    LicenceApplication a = application(serial);
    // the last rejection allowed is told by directToWindow, which the diagram's gateway reaches with the same figure
    if (recorded && a.rejections() < figures.getMaxPhotoRejections()) {
      applications.update(serial, ApplicationStatus.IN_PROGRESS, "照片未通过审核，请重新上传", decision.explanation());
      notifier.photoRejected(serial, a.rejections(), accounts.get(a.citizenId()).phone(), decision.explanation(),
          figures.getMaxPhotoRejections() - a.rejections());
    }
    log.info("E-licence application {}: photo rejected ({}), rejection {}", serial, decision.reason(),
        a.rejections());
    return a.rejections();
  }

  /** EL-3: after the last rejection allowed. */
  @Transactional
  public void directToWindow(String serial) {
    LicenceApplication a = application(serial);
    if (store.finish(serial, ApplicationState.WINDOW_REQUIRED, now())) {
      String why = a.rejectionReason() == null ? null : a.rejectionReason().label();
      applications.update(serial, ApplicationStatus.REJECTED,
          "照片" + a.rejections() + "次未通过审核，请到车管所窗口办理", why);
      notifier.windowRequired(serial, accounts.get(a.citizenId()).phone(), a.rejections());
    }
  }

  private LicenceApplication application(String serial) {
    return store.application(serial).orElseThrow(() -> new IllegalStateException("no e-licence application "
        + serial));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
