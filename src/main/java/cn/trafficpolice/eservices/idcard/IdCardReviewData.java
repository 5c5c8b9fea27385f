package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.registry.HouseholdRecord;
import cn.trafficpolice.eservices.registry.HouseholdRegistry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a clerk or head sees in a task form: the applicant as the household registry knows them (ID number and
 * phones masked; the clerk checks the original documents at the window), the application so far, and the times
 * and places an appointment may be offered at (ID-3). Callers first check the reviewer's right to the task.
 */
@Service
public class IdCardReviewData {

  private final IdCardReissueStore store;
  private final AccountService accounts;
  private final HouseholdRegistry households;
  private final AppointmentOffer offer;

  IdCardReviewData(IdCardReissueStore store, AccountService accounts, HouseholdRegistry households,
      AppointmentOffer offer) {
    this.store = store;
    this.accounts = accounts;
    this.households = households;
    this.offer = offer;
  }

  @Transactional(readOnly = true)
  public ReviewView view(String serial) {
    IdCardReissue r = store.find(serial).orElseThrow(() -> BusinessException.notFound("未找到该业务"));
    Citizen citizen = accounts.get(r.citizenId());
    HouseholdRecord h = households.findByIdNumber(r.idNumber())
        .orElseThrow(() -> BusinessException.notFound("未找到户籍信息"));
    Applicant applicant = new Applicant(h.name(), h.sex(), h.ethnicity(), h.birthDate(), Mask.idNumber(h.idNumber()),
        Mask.phone(citizen.phone()), h.address(), h.policeStation(), h.remoteArea(), h.fingerprintsCollected(),
        h.cardValidUntil());
    Parcel parcel = r.postalAddress() == null ? null
        : new Parcel(r.recipient(), Mask.phone(r.recipientPhone()), r.postalAddress(), r.trackingNumber());
    return new ReviewView(r.serialNumber(), r.channel().label(), r.reason().label(), r.delivery().name(),
        r.delivery().label(), r.stage().label(), r.submittedAt(), r.issueDeadline(), applicant, r.preferredDate(),
        r.applicantNote(), r.appointmentTime(), r.appointmentPlace(), r.paymentOrderNumber(), parcel,
        r.temporaryCardRequestedAt(), offer.times(), offer.places(h.policeStation()));
  }

  public record ReviewView(String serialNumber, String channelName, String reasonName, String delivery,
      String deliveryName, String stageName, OffsetDateTime submittedAt, OffsetDateTime issueDeadline,
      Applicant applicant, LocalDate preferredDate, String applicantNote, OffsetDateTime appointmentTime,
      String appointmentPlace, String paymentOrderNumber, Parcel parcel, OffsetDateTime temporaryCardRequestedAt,
      List<OffsetDateTime> appointmentTimes, List<String> appointmentPlaces) {
  }

  public record Applicant(String name, String sex, String ethnicity, LocalDate birthDate, String idNumber,
      String phone, String householdAddress, String policeStation, boolean remoteArea,
      boolean fingerprintsCollected, LocalDate cardValidUntil) {
  }

  public record Parcel(String recipient, String phone, String address, String trackingNumber) {
  }
}
