package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.blacklist.BlacklistEntry;
import cn.trafficpolice.eservices.blacklist.BlacklistKind;
import cn.trafficpolice.eservices.blacklist.BlacklistService;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.postal.Parcel;
import cn.trafficpolice.eservices.postal.PostalService;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import cn.trafficpolice.eservices.registry.PickupSite;
import cn.trafficpolice.eservices.registry.PickupSites;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a licence loss application after submission, one method per step of the process. Every step
 * is idempotent: the engine runs a job at least once.
 */
@Service
public class LicenceLossFulfilment {

  private final LicenceLossStore store;
  private final AccountService accounts;
  private final LicenceRegistry licences;
  private final BlacklistService blacklist;
  private final ApplicationService applications;
  private final PostalService postal;
  private final PickupSites sites;
  private final LicenceLossNotifier notify;
  private final LicenceLossProperties properties;
  private final Clock clock;

  LicenceLossFulfilment(LicenceLossStore store, AccountService accounts, LicenceRegistry licences,
      BlacklistService blacklist, ApplicationService applications, PostalService postal, PickupSites sites,
      LicenceLossNotifier notify, LicenceLossProperties properties, Clock clock) {
    this.store = store;
    this.accounts = accounts;
    this.licences = licences;
    this.blacklist = blacklist;
    this.applications = applications;
    this.postal = postal;
    this.sites = sites;
    this.notify = notify;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Acceptance re-checks what may have changed since submission: the blacklist (SH-5) and the licence state
   * (LL-3).
   *
   * @return why the application cannot be accepted; empty when it can
   */
  @Transactional(readOnly = true)
  public Optional<String> refusalAtAcceptance(String serial) {
    LicenceLossApplication application = load(serial);
    Citizen citizen = accounts.get(application.citizenId());
    Optional<String> blacklisted = blacklist.active(citizen.idNumber()).stream()
        .filter(e -> e.kind() == BlacklistKind.LICENCE_AND_VEHICLE_SERVICES).findFirst()
        .map(e -> "您因%s已被列入互联网黑名单，%s前不能办理%s".formatted(e.reason(), e.endsOn(), e.kind().blocks()));
    if (blacklisted.isPresent()) {
      return blacklisted;
    }
    return licences.findByLicenceNumber(application.licenceNumber())
        .map(licence -> LicenceLossService.blockingState(licence).map(LicenceLossService::blockedMessage))
        .orElse(Optional.of("未查询到该驾驶证"));
  }

  @Transactional
  public void refuse(String serial, String reason) {
    LicenceLossApplication application = load(serial);
    applications.update(serial, ApplicationStatus.REJECTED, "不予受理", reason);
    notify.refused(serial, phoneOf(application), reason);
  }

  /** LL-7: once accepted, the original licence is void. */
  @Transactional
  public void accept(String serial) {
    LicenceLossApplication application = load(serial);
    licences.markReplaced(application.licenceNumber(), serial);
    applications.update(serial, ApplicationStatus.IN_PROGRESS, "已受理，原驾驶证已作废", null);
    notify.accepted(serial, phoneOf(application), application.deliveryMethod());
  }

  @Transactional
  public void produce(String serial) {
    load(serial);
    store.recordProduced(serial, OffsetDateTime.now(clock));
    applications.update(serial, ApplicationStatus.IN_PROGRESS, "新驾驶证已制作", null);
  }

  /** LL-4 postal: the fee is collected on delivery. @return the tracking number */
  @Transactional
  public String post(String serial) {
    LicenceLossApplication a = load(serial);
    String tracking = postal.handOver(new Parcel(serial, a.recipient(), a.recipientPhone(), a.postalAddress(),
        "机动车驾驶证", true));
    store.recordTrackingNumber(serial, tracking);
    applications.update(serial, ApplicationStatus.IN_PROGRESS, "已交邮政寄递，邮件号" + tracking, null);
    notify.posted(serial, phoneOf(a), tracking);
    return tracking;
  }

  /** LL-4 window: the pickup period starts now. @return the end of the pickup period (LL-9) */
  @Transactional
  public OffsetDateTime readyForPickup(String serial) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    store.recordReady(serial, now, now.plus(properties.pickupPeriod()));
    LicenceLossApplication a = load(serial);
    PickupSite site = sites.find(a.pickupSiteId()).orElseThrow();
    applications.update(serial, ApplicationStatus.IN_PROGRESS, "待领取：" + site.name(), null);
    notify.readyForPickup(serial, phoneOf(a), site, a.pickupDeadline());
    return a.pickupDeadline();
  }

  @Transactional
  public void completeDelivered(String serial) {
    LicenceLossApplication a = load(serial);
    applications.update(serial, ApplicationStatus.COMPLETED, "已签收", null);
    notify.delivered(serial, phoneOf(a));
  }

  @Transactional
  public void completeCollected(String serial, String clerk) {
    LicenceLossApplication a = load(serial);
    store.recordHandedOver(serial, clerk, OffsetDateTime.now(clock));
    applications.update(serial, ApplicationStatus.COMPLETED, "已领取", null);
    notify.collected(serial, phoneOf(a));
  }

  /** LL-4: the parcel came back undelivered (not refused); the citizen collects it at the issuing office. */
  @Transactional
  public void parcelReturned(String serial) {
    LicenceLossApplication a = load(serial);
    DriverLicence licence = licences.findByLicenceNumber(a.licenceNumber()).orElseThrow();
    applications.update(serial, ApplicationStatus.COMPLETED, "邮件退回，请到" + licence.issuingAuthority() + "领取",
        null);
    notify.parcelReturned(serial, phoneOf(a), licence.issuingAuthority());
  }

  /** The parcel a clerk chases, for the chase form. */
  @Transactional(readOnly = true)
  public ParcelChaseView parcelChase(String serial) {
    LicenceLossApplication a = load(serial);
    Citizen citizen = accounts.get(a.citizenId());
    return new ParcelChaseView(serial, citizen.name(), Mask.phone(citizen.phone()), a.trackingNumber(),
        a.recipient(), Mask.phone(a.recipientPhone()), a.postalAddress());
  }

  /** LL-9, SH-5: refusing the parcel blacklists the citizen. */
  @Transactional
  public void blacklistParcelRefused(String serial) {
    blacklistAndClose(serial, "拒绝签收邮寄的驾驶证");
  }

  /** LL-9, SH-5: not collecting the licence in time blacklists the citizen. */
  @Transactional
  public void blacklistNotCollected(String serial) {
    blacklistAndClose(serial, "补领的驾驶证逾期未领取");
  }

  /** The application a parcel was sent for; an unknown tracking number answers 404. */
  @Transactional(readOnly = true)
  public String serialOfParcel(String trackingNumber) {
    return store.serialOfParcel(trackingNumber).orElseThrow(() -> BusinessException.notFound("未找到该邮件"));
  }

  @Transactional(readOnly = true)
  public HandoverView handover(String serial) {
    LicenceLossApplication a = load(serial);
    Citizen citizen = accounts.get(a.citizenId());
    DriverLicence licence = licences.findByLicenceNumber(a.licenceNumber()).orElseThrow();
    PickupSite site = sites.find(a.pickupSiteId()).orElseThrow();
    return new HandoverView(serial, citizen.name(), citizen.idNumber(), Mask.phone(citizen.phone()),
        licence.licenceNumber(), licence.licenceClass(), licence.issuingAuthority(), site.name(), site.address(),
        a.readyAt(), a.pickupDeadline());
  }

  /**
   * The application is over for the authority (the licence was made), so it ends completed, with the blacklisting
   * as its result: refusing is not a withdrawal (LL-8).
   */
  private void blacklistAndClose(String serial, String why) {
    LicenceLossApplication a = load(serial);
    Citizen citizen = accounts.get(a.citizenId());
    BlacklistEntry entry = blacklist.add(citizen.idNumber(), BlacklistKind.LICENCE_AND_VEHICLE_SERVICES, why, serial);
    applications.update(serial, ApplicationStatus.COMPLETED, why + "，已列入互联网黑名单", why);
    notify.blacklisted(serial, citizen.phone(), entry);
  }

  private LicenceLossApplication load(String serial) {
    return store.find(serial).orElseThrow(() -> BusinessException.notFound("未找到该业务"));
  }

  private String phoneOf(LicenceLossApplication application) {
    return accounts.get(application.citizenId()).phone();
  }
}
