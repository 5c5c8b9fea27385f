package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.address.Address;
import cn.trafficpolice.eservices.address.AddressBook;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.ApplicationStatus;
import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.idcard.OnlineEligibility.Reason;
import cn.trafficpolice.eservices.payment.NewPaymentOrder;
import cn.trafficpolice.eservices.payment.PaymentOrder;
import cn.trafficpolice.eservices.payment.PaymentService;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.registry.HouseholdRecord;
import cn.trafficpolice.eservices.registry.HouseholdRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's side of ID card reissue (real-name accounts, SH-1): online eligibility (ID-1), the online
 * application with its fee (ID-2), the appointment registration (ID-3) and the temporary card (ID-4); and the
 * postal service's delivery report.
 */
@Service
public class IdCardReissueService {

  private static final Logger log = LoggerFactory.getLogger(IdCardReissueService.class);

  private final AccountService accounts;
  private final HouseholdRegistry households;
  private final IdCardEligibility eligibility;
  private final AddressBook addresses;
  private final ApplicationService applications;
  private final PaymentService payments;
  private final IdCardReissueStore store;
  private final IdCardReissueStarter starter;
  private final IdCardNotifier notify;
  private final IdCardProperties properties;
  private final Clock clock;

  IdCardReissueService(AccountService accounts, HouseholdRegistry households, IdCardEligibility eligibility,
      AddressBook addresses, ApplicationService applications, PaymentService payments, IdCardReissueStore store,
      IdCardReissueStarter starter, IdCardNotifier notify, IdCardProperties properties, Clock clock) {
    this.accounts = accounts;
    this.households = households;
    this.eligibility = eligibility;
    this.addresses = addresses;
    this.applications = applications;
    this.payments = payments;
    this.store = store;
    this.starter = starter;
    this.notify = notify;
    this.properties = properties;
    this.clock = clock;
  }

  /** ID-1: eligible online, or every reason why not; the appointment is offered then. */
  @Transactional(readOnly = true)
  public OnlineEligibility eligibility(long citizenId) {
    Citizen citizen = accounts.requireRealName(citizenId);
    return eligibility.online(household(citizen), LocalDate.now(clock));
  }

  /** ID-2: the application, its fee order and its process; the card goes by post. */
  @Transactional
  public Submitted submitOnline(long citizenId, ReissueReason reason, long addressId) {
    Citizen citizen = accounts.requireRealName(citizenId);
    HouseholdRecord household = household(citizen);
    OnlineEligibility online = eligibility.online(household, LocalDate.now(clock));
    if (!online.eligible()) {
      throw BusinessException.refused(IdCardErrors.ONLINE_REISSUE_NOT_ELIGIBLE, "不符合网上补领条件（"
          + online.reasons().stream().map(Reason::message).collect(Collectors.joining("；")) + "），请预约办理");
    }
    Address address = addresses.get(citizenId, addressId);
    IdCardReissue reissue = open(citizen, household, ReissueChannel.ONLINE, reason, CardDelivery.POST, address,
        null, null);
    PaymentOrder order = payments.createOrder(new NewPaymentOrder(reissue.serialNumber(),
        Business.ID_CARD_REISSUE, citizenId, "居民身份证补领工本费", properties.fee(),
        reissue.submittedAt().plus(properties.paymentWindow())));
    store.recordPaymentOrder(reissue.serialNumber(), order.orderNumber());
    applications.update(reissue.serialNumber(), ApplicationStatus.SUBMITTED, ReissueStage.AWAITING_PAYMENT.label(),
        null);
    starter.start(reissue, properties, order);
    notify.awaitingPayment(reissue.serialNumber(), citizen.phone(), order.amount(), order.expiresAt());
    return new Submitted(reissue.serialNumber(), ReissueStage.AWAITING_PAYMENT, order.orderNumber(),
        order.amount(), order.expiresAt());
  }

  /** ID-3: the online registration form, reviewed by the office, whatever the online eligibility. */
  @Transactional
  public Submitted submitAppointment(long citizenId, AppointmentRequest request) {
    Citizen citizen = accounts.requireRealName(citizenId);
    HouseholdRecord household = household(citizen);
    if (!request.preferredDate().isAfter(LocalDate.now(clock))) {
      throw BusinessException.invalid(IdCardErrors.PREFERRED_DATE_INVALID, "希望办理日期须晚于今天");
    }
    Address address = null;
    if (request.delivery() == CardDelivery.POST) {
      if (request.addressId() == null) {
        throw BusinessException.invalid(IdCardErrors.ADDRESS_REQUIRED, "邮寄领证须选择收件地址");
      }
      address = addresses.get(citizenId, request.addressId());
    }
    IdCardReissue reissue = open(citizen, household, ReissueChannel.APPOINTMENT, request.reason(),
        request.delivery(), address, request.preferredDate(), blankToNull(request.note()));
    applications.update(reissue.serialNumber(), ApplicationStatus.SUBMITTED, ReissueStage.IN_REVIEW.label(), null);
    starter.start(reissue, properties, null);
    notify.appointmentSubmitted(reissue.serialNumber(), citizen.phone());
    return new Submitted(reissue.serialNumber(), ReissueStage.IN_REVIEW, null, null, null);
  }

  /** ID-4: once, while an accepted application waits for its card. */
  @Transactional
  public void requestTemporaryCard(long citizenId, String serial) {
    IdCardReissue reissue = store.find(serial).filter(r -> r.citizenId() == citizenId)
        .orElseThrow(() -> BusinessException.notFound("未找到该业务"));
    if (!ReissueStage.WAITING_FOR_CARD.contains(reissue.stage())
        || !store.recordTemporaryCardRequested(serial, OffsetDateTime.now(clock))) {
      throw BusinessException.conflict(IdCardErrors.TEMPORARY_CARD_NOT_AVAILABLE,
          "仅在补领申请受理后、领到新证前可申请一次临时居民身份证");
    }
    starter.temporaryCardRequested(serial);
    log.info("ID card reissue {}: temporary card requested", serial);
  }

  /** The postal service's report: the parcel reached the citizen; an unknown tracking number answers 404. */
  @Transactional
  public void parcelDelivered(String trackingNumber) {
    String serial = store.serialOfParcel(trackingNumber)
        .orElseThrow(() -> BusinessException.notFound("未找到该邮件"));
    starter.delivered(serial);
  }

  private IdCardReissue open(Citizen citizen, HouseholdRecord household, ReissueChannel channel,
      ReissueReason reason, CardDelivery delivery, Address address, LocalDate preferredDate, String note) {
    String serial = applications.open(Business.ID_CARD_REISSUE, citizen.id(), citizen.idNumber());
    OffsetDateTime now = OffsetDateTime.now(clock);
    int days = properties.issueDays() + (household.remoteArea() ? properties.remoteAreaExtraDays() : 0);
    ReissueStage stage = channel == ReissueChannel.ONLINE ? ReissueStage.AWAITING_PAYMENT : ReissueStage.IN_REVIEW;
    store.insert(new NewReissue(serial, citizen.id(), citizen.idNumber(), channel, reason, delivery, stage, address,
        preferredDate, note, household.remoteArea(), now, now.plusDays(days)));
    log.info("ID card reissue {} submitted by citizen {} ({}), ID {}", serial, citizen.id(), channel,
        Mask.idNumber(citizen.idNumber()));
    return store.find(serial).orElseThrow();
  }

  private HouseholdRecord household(Citizen citizen) {
    return households.findByIdNumber(citizen.idNumber()).orElseThrow(() -> BusinessException.refused(
        IdCardErrors.HOUSEHOLD_RECORD_NOT_FOUND, "未查询到您的户籍信息，请到户籍所在地公安机关办理"));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public record AppointmentRequest(ReissueReason reason, LocalDate preferredDate, CardDelivery delivery,
      Long addressId, String note) {
  }

  public record Submitted(String serialNumber, ReissueStage stage, String paymentOrderNumber, BigDecimal fee,
      OffsetDateTime payBefore) {
  }
}
