package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.security.ExposedToDiagrams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ID-card reissue's due dates analysts set ({@code eservices.id-card.*}), named in the diagram IdCardReissue,
 * e.g. {@code ${workingDays.closingAfterWorkingDays(idCardFigures.handOverWorkingDays)}}.
 */
@Component(IdCardFigures.BEAN)
@ExposedToDiagrams
public class IdCardFigures {

  /** The name the diagram uses. */
  public static final String BEAN = "idCardFigures";

  private final int appointmentReviewWorkingDays;
  private final int handOverWorkingDays;
  private final int overdueSupervisionWorkingDays;
  private final int temporaryCardWorkingDays;

  /**
   * @param appointmentReviewWorkingDays  ID-3: the office reviews an appointment registration within (1)
   * @param handOverWorkingDays           the window hands a card ready for pickup over within (10)
   * @param overdueSupervisionWorkingDays ID-4: a head deals with an overdue application within (3)
   * @param temporaryCardWorkingDays      ID-4: a requested temporary card is issued within (1)
   */
  IdCardFigures(@Value("${eservices.id-card.appointment-review-working-days}") int appointmentReviewWorkingDays,
      @Value("${eservices.id-card.hand-over-working-days}") int handOverWorkingDays,
      @Value("${eservices.id-card.overdue-supervision-working-days}") int overdueSupervisionWorkingDays,
      @Value("${eservices.id-card.temporary-card-working-days}") int temporaryCardWorkingDays) {
    this.appointmentReviewWorkingDays = appointmentReviewWorkingDays;
    this.handOverWorkingDays = handOverWorkingDays;
    this.overdueSupervisionWorkingDays = overdueSupervisionWorkingDays;
    this.temporaryCardWorkingDays = temporaryCardWorkingDays;
  }

  public int getAppointmentReviewWorkingDays() {
    return appointmentReviewWorkingDays;
  }

  public int getHandOverWorkingDays() {
    return handOverWorkingDays;
  }

  public int getOverdueSupervisionWorkingDays() {
    return overdueSupervisionWorkingDays;
  }

  public int getTemporaryCardWorkingDays() {
    return temporaryCardWorkingDays;
  }
}
