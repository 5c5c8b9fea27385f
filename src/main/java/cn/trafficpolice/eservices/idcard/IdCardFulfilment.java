package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.payment.PaymentService;
import cn.trafficpolice.eservices.postal.Parcel;
import cn.trafficpolice.eservices.postal.PostalService;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to an ID card reissue after submission, one method per step of the process. Every step updates
 * My applications and notifies by SMS (SH-2, SH-6), and is idempotent: the engine runs a job at least once.
 */
@Service
public class IdCardFulfilment {

  private static final Logger log = LoggerFactory.getLogger(IdCardFulfilment.class);

  private final IdCardReissueStore store;
  private final AccountService accounts;
  private final ApplicationService applications;
  private final PaymentService payments;
  private final PostalService postal;
  private final IdCardNotifier notify;
  private final IdCardProperties properties;
  private final Clock clock;

  IdCardFulfilment(IdCardReissueStore store, AccountService accounts, ApplicationService applications,
      PaymentService payments, PostalService postal, IdCardNotifier notify, IdCardProperties properties,
      Clock clock) {
    this.store = store;
    this.accounts = accounts;
    this.applications = applications;
    this.payments = payments;
    this.postal = postal;
    this.notify = notify;
    this.properties = properties;
    this.clock = clock;
  }

  /** ID-2: the fee did not come in time; the order is cancelled with the application. */
  @Transactional
  public void cancelUnpaid(String serial) {
    IdCardReissue r = load(serial);
    if (!payments.cancel(r.paymentOrderNumber())) {
      throw new IllegalStateException("payment order of " + serial + " was paid but the process timed out");
    }
    store.recordCancelled(serial, now());
    applications.update(serial, ApplicationStatus.CANCELLED, ReissueStage.CANCELLED.label(), "超时未缴纳工本费");
    notify.cancelled(serial, phone(r));
  }

  /** ID-3: the registration is returned with the clerk's reason. */
  @Transactional
  public void rejectAppointment(String serial, String reason) {
    IdCardReissue r = load(serial);
    store.recordRejection(serial, reason, now());
    applications.update(serial, ApplicationStatus.REJECTED, ReissueStage.REJECTED.label(), reason);
    notify.appointmentRejected(serial, phone(r), reason);
  }

  /** ID-3: the citizen did not come in time; the appointment ends and a new one may be booked. */
  @Transactional
  public void expireAppointment(String serial) {
    IdCardReissue r = load(serial);
    store.recordFinished(serial, ReissueStage.EXPIRED, now());
    applications.update(serial, ApplicationStatus.CANCELLED, ReissueStage.EXPIRED.label(), "逾期未到场办理");
    notify.appointmentExpired(serial, phone(r));
  }

  /** ID-3: the citizen is told when and where to come. */
  @Transactional
  public void bookAppointment(String serial, OffsetDateTime time, String place) {
    IdCardReissue r = load(serial);
    store.recordAppointment(serial, time, place);
    applications.update(serial, ApplicationStatus.IN_PROGRESS, ReissueStage.APPOINTMENT_BOOKED.label(), null);
    notify.appointmentBooked(serial, phone(r), time, place);
  }

  /** ID-2 after the fee, ID-3 after fingerprinting and the fee at the office: production starts. */
  @Transactional
  public void accept(String serial) {
    IdCardReissue r = load(serial);
    store.recordAccepted(serial, now());
    applications.update(serial, ApplicationStatus.IN_PROGRESS, ReissueStage.ACCEPTED.label(), null);
    notify.accepted(serial, phone(r), properties.productionWorkingDays());
  }

  /** The produced card goes by post to the address copied at submission. @return the tracking number */
  @Transactional
  public String post(String serial) {
    IdCardReissue r = load(serial);
    String tracking = postal.handOver(new Parcel(serial, r.recipient(), r.recipientPhone(), r.postalAddress(),
        "居民身份证", false));
    store.recordProduced(serial, ReissueStage.POSTED, tracking, now());
    applications.update(serial, ApplicationStatus.IN_PROGRESS, "已交邮政寄递，邮件号" + tracking, null);
    notify.posted(serial, phone(r), tracking);
    return tracking;
  }

  /** ID-3: the card waits at the office that took the fingerprints. */
  @Transactional
  public void readyForPickup(String serial) {
    IdCardReissue r = load(serial);
    store.recordProduced(serial, ReissueStage.READY_FOR_PICKUP, null, now());
    applications.update(serial, ApplicationStatus.IN_PROGRESS, "待领取：" + r.appointmentPlace(), null);
    notify.readyForPickup(serial, phone(r), r.appointmentPlace());
  }

  @Transactional
  public void completeDelivered(String serial) {
    finish(serial, ReissueStage.DELIVERED);
  }

  @Transactional
  public void completeCollected(String serial) {
    finish(serial, ReissueStage.COLLECTED);
  }

  /** ID-4: the clerk's answer to the request for a temporary card. */
  @Transactional
  public void temporaryCardDecided(String serial, boolean issued, String note) {
    IdCardReissue r = load(serial);
    store.recordTemporaryCard(serial, issued, note);
    notify.temporaryCard(serial, phone(r), issued, note);
    log.info("ID card reissue {}: temporary card {}", serial, issued ? "issued" : "not issued");
  }

  private void finish(String serial, ReissueStage stage) {
    IdCardReissue r = load(serial);
    store.recordFinished(serial, stage, now());
    applications.update(serial, ApplicationStatus.COMPLETED, stage.label(), null);
    notify.finished(serial, phone(r), stage);
  }

  private IdCardReissue load(String serial) {
    return store.find(serial).orElseThrow(() -> BusinessException.notFound("未找到该业务"));
  }

  private String phone(IdCardReissue reissue) {
    return accounts.get(reissue.citizenId()).phone();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
