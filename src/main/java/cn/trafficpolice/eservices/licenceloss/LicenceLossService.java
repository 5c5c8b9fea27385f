package cn.trafficpolice.eservices.licenceloss;

import static cn.trafficpolice.eservices.registry.LicenceState.D;
import static cn.trafficpolice.eservices.registry.LicenceState.E;
import static cn.trafficpolice.eservices.registry.LicenceState.F;
import static cn.trafficpolice.eservices.registry.LicenceState.G;
import static cn.trafficpolice.eservices.registry.LicenceState.K;
import static cn.trafficpolice.eservices.registry.LicenceState.U;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.address.Address;
import cn.trafficpolice.eservices.address.AddressBook;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.blacklist.BlacklistGate;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import cn.trafficpolice.eservices.registry.LicenceState;
import cn.trafficpolice.eservices.registry.PickupSite;
import cn.trafficpolice.eservices.registry.PickupSites;
import cn.trafficpolice.eservices.sms.SmsCodeService;
import cn.trafficpolice.eservices.sms.SmsPurpose;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The citizen's side of licence loss replacement: the six steps of seed 000 up to the serial number. */
@Service
public class LicenceLossService {

  public static final String LICENCE_STATE_BLOCKS = "LICENCE_STATE_BLOCKS";
  public static final String LICENCE_NOT_FOUND = "LICENCE_NOT_FOUND";
  public static final String NOTICE_NOT_AGREED = "NOTICE_NOT_AGREED";
  public static final String DECLARATION_NOT_CONFIRMED = "DECLARATION_NOT_CONFIRMED";
  public static final String LICENCE_INFO_NOT_CONFIRMED = "LICENCE_INFO_NOT_CONFIRMED";
  public static final String DELIVERY_ADDRESS_REQUIRED = "DELIVERY_ADDRESS_REQUIRED";
  public static final String PICKUP_SITE_REQUIRED = "PICKUP_SITE_REQUIRED";
  public static final String PICKUP_SITE_NOT_AVAILABLE = "PICKUP_SITE_NOT_AVAILABLE";

  /** LL-3: seized, detained, withheld; revoked, cancelled. */
  static final Set<LicenceState> BLOCKING_STATES = EnumSet.of(D, K, U, E, F, G);

  private final AccountService accounts;
  private final BlacklistGate blacklist;
  private final LicenceRegistry licences;
  private final AddressBook addresses;
  private final PickupSites sites;
  private final SmsCodeService smsCodes;
  private final ApplicationService applications;
  private final LicenceLossStore store;
  private final Clock clock;

  LicenceLossService(AccountService accounts, BlacklistGate blacklist, LicenceRegistry licences,
      AddressBook addresses, PickupSites sites, SmsCodeService smsCodes, ApplicationService applications,
      LicenceLossStore store, Clock clock) {
    this.accounts = accounts;
    this.blacklist = blacklist;
    this.licences = licences;
    this.addresses = addresses;
    this.sites = sites;
    this.smsCodes = smsCodes;
    this.applications = applications;
    this.store = store;
    this.clock = clock;
  }

  LicenceLossNotice notice() {
    return LicenceLossNotice.CURRENT;
  }

  /** Before step 1: LL-1 real-name accounts only, SH-5 not blacklisted. */
  @Transactional(readOnly = true)
  public BlacklistGate.Admission eligibility(long citizenId) {
    Citizen citizen = accounts.requireRealName(citizenId);
    return blacklist.requireAdmitted(citizen.idNumber(), Business.LICENCE_LOSS_REPLACEMENT);
  }

  /** Step 3: the citizen's own licence (LL-1: real-name accounts only). */
  @Transactional(readOnly = true)
  public LicenceView myLicence(long citizenId) {
    DriverLicence licence = licenceOf(accounts.requireRealName(citizenId));
    return LicenceView.of(licence, blockingState(licence).orElse(null));
  }

  /** Step 4: the pickup windows of a city, or of every city. */
  @Transactional(readOnly = true)
  public List<PickupSite> pickupSites(String city) {
    return city == null || city.isBlank() ? sites.all() : sites.inCity(city.trim());
  }

  /**
   * LL-5, the confirmation step: checks everything the submission will check except the SMS code, and answers
   * the application as it will be recorded, with the reference the SMS code is then requested for.
   */
  @Transactional(readOnly = true)
  public Confirmation preview(long citizenId, Draft draft) {
    Checked checked = check(citizenId, draft);
    Delivery d = checked.delivery();
    boolean postal = d.method() == DeliveryMethod.POSTAL;
    return new Confirmation(reference(citizenId, checked), LicenceView.of(checked.licence(), null), d.method(),
        d.method().label(), postal ? new Confirmation.Postal(d.recipient(), Mask.phone(d.phone()), d.address()) : null,
        postal ? null : sites.find(d.pickupSiteId()).orElseThrow(),
        postal ? "费用由邮政人员投递时上门收取，同时交付驾驶证和收费票据。" : "到所选网点窗口领取时缴费，不收取邮寄费用。",
        "提交后于下一个工作日（不含当天）受理，受理后原驾驶证作废；网上申请后不能退办。");
  }

  /**
   * Steps 5 and 6: checks everything, consumes the SMS code requested for the confirmation of exactly this
   * application (LL-5) and records it, all in the caller's transaction; any refusal leaves nothing behind.
   */
  @Transactional
  public Submitted submit(long citizenId, Submission submission) {
    Checked checked = check(citizenId, submission.draft());
    DriverLicence licence = checked.licence();
    Delivery delivery = checked.delivery();
    smsCodes.verifyAndConsume(checked.citizen().phone(), SmsPurpose.LICENCE_LOSS_SUBMIT,
        reference(citizenId, checked), submission.smsCode());
    String serial = applications.open(Business.LICENCE_LOSS_REPLACEMENT, citizenId, licence.licenceNumber());
    OffsetDateTime now = OffsetDateTime.now(clock);
    store.insert(new LicenceLossApplication(serial, citizenId, licence.licenceNumber(), delivery.method(),
        delivery.pickupSiteId(), delivery.recipient(), delivery.phone(), delivery.address(), null, null, null), now);
    return new Submitted(serial, now.toInstant(), delivery.method());
  }

  /** LL-1..LL-4, SH-5 and SH-2 (one open application per licence), in the order the citizen meets them. */
  private Checked check(long citizenId, Draft draft) {
    Citizen citizen = accounts.requireRealName(citizenId);
    requireAgreements(draft);
    blacklist.requireAdmitted(citizen.idNumber(), Business.LICENCE_LOSS_REPLACEMENT);
    DriverLicence licence = licenceOf(citizen);
    blockingState(licence).ifPresent(state -> {
      throw BusinessException.refused(LICENCE_STATE_BLOCKS, blockedMessage(state));
    });
    Delivery delivery = delivery(citizenId, licence, draft);
    applications.requireNoneUnderWay(Business.LICENCE_LOSS_REPLACEMENT, licence.licenceNumber());
    return new Checked(citizen, licence, delivery);
  }

  private static String reference(long citizenId, Checked c) {
    Delivery d = c.delivery();
    return Confirmation.reference(citizenId, c.licence().licenceNumber(), d.method(), d.pickupSiteId(),
        d.recipient(), d.phone(), d.address());
  }

  static Optional<LicenceState> blockingState(DriverLicence licence) {
    return licence.firstStateOf(BLOCKING_STATES);
  }

  static String blockedMessage(LicenceState state) {
    return "您的驾驶证处于“%s”（%s）状态，不能申请遗失补证".formatted(state.label(), state.name());
  }

  private DriverLicence licenceOf(Citizen citizen) {
    return licences.findByIdNumber(citizen.idNumber()).orElseThrow(() ->
        BusinessException.refused(LICENCE_NOT_FOUND, "未查询到您名下的机动车驾驶证"));
  }

  private static void requireAgreements(Draft s) {
    if (!Boolean.TRUE.equals(s.noticeAgreed())) {
      throw BusinessException.refused(NOTICE_NOT_AGREED, "请先阅读并同意业务须知");
    }
    if (!Boolean.TRUE.equals(s.declarationConfirmed())) {
      throw BusinessException.refused(DECLARATION_NOT_CONFIRMED, "请确认不具有不准申请补证的情形");
    }
    if (!Boolean.TRUE.equals(s.licenceInfoConfirmed())) {
      throw BusinessException.refused(LICENCE_INFO_NOT_CONFIRMED, "请确认驾驶证信息无误");
    }
  }

  private Delivery delivery(long citizenId, DriverLicence licence, Draft s) {
    if (s.deliveryMethod() == DeliveryMethod.POSTAL) {
      if (s.addressId() == null) {
        throw BusinessException.refused(DELIVERY_ADDRESS_REQUIRED, "请选择或新增邮寄地址");
      }
      Address a = addresses.get(citizenId, s.addressId());
      return new Delivery(DeliveryMethod.POSTAL, null, a.recipient(), a.phone(), a.fullAddress());
    }
    if (s.pickupSiteId() == null || s.pickupSiteId().isBlank()) {
      throw BusinessException.refused(PICKUP_SITE_REQUIRED, "请选择自取网点");
    }
    PickupSite site = sites.find(s.pickupSiteId().trim())
        .filter(found -> found.officeCode().equals(licence.officeCode()))
        .orElseThrow(() -> BusinessException.refused(PICKUP_SITE_NOT_AVAILABLE,
            "请选择核发您驾驶证的车辆管理所的自取网点"));
    return new Delivery(DeliveryMethod.WINDOW, site.id(), null, null, null);
  }

  /** The application just recorded, as the process starts with it. */
  public record Submitted(String serialNumber, Instant submittedAt, DeliveryMethod deliveryMethod) {
  }

  private record Checked(Citizen citizen, DriverLicence licence, Delivery delivery) {
  }

  private record Delivery(DeliveryMethod method, String pickupSiteId, String recipient, String phone,
      String address) {
  }
}
