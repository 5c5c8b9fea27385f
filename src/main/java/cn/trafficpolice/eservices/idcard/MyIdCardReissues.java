package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.payment.PaymentOrder;
import cn.trafficpolice.eservices.payment.PaymentService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The citizen's own ID card reissues; another citizen's answers as if it did not exist. */
@Service
public class MyIdCardReissues {

  private final IdCardReissueStore store;
  private final PaymentService payments;

  MyIdCardReissues(IdCardReissueStore store, PaymentService payments) {
    this.store = store;
    this.payments = payments;
  }

  @Transactional(readOnly = true)
  public List<ReissueView> list(long citizenId) {
    return store.ofCitizen(citizenId).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public ReissueView get(long citizenId, String serial) {
    return store.find(serial).filter(r -> r.citizenId() == citizenId).map(this::view)
        .orElseThrow(() -> BusinessException.notFound("未找到该业务"));
  }

  private ReissueView view(IdCardReissue r) {
    Payment payment = r.paymentOrderNumber() == null ? null : payments.find(r.paymentOrderNumber())
        .map(MyIdCardReissues::payment).orElse(null);
    TemporaryCard temporaryCard = r.temporaryCardRequestedAt() == null ? null
        : new TemporaryCard(r.temporaryCardRequestedAt(), r.temporaryCardIssued(), r.temporaryCardNote());
    return new ReissueView(r.serialNumber(), r.channel(), r.channel().label(), r.reason(), r.reason().label(),
        r.delivery(), r.delivery().label(), r.stage(), r.stage().label(), r.submittedAt(), r.issueDeadline(),
        payment, r.preferredDate(), r.appointmentTime(), r.appointmentPlace(), r.rejectionReason(),
        r.trackingNumber(), temporaryCard);
  }

  private static Payment payment(PaymentOrder o) {
    return new Payment(o.orderNumber(), o.amount(), o.status().label(), o.expiresAt(), o.paidAt());
  }

  /** An ID card reissue as its applicant sees it. */
  public record ReissueView(String serialNumber, ReissueChannel channel, String channelName, ReissueReason reason,
      String reasonName, CardDelivery delivery, String deliveryName, ReissueStage stage, String stageName,
      OffsetDateTime submittedAt, OffsetDateTime issueDeadline, Payment payment, LocalDate preferredDate,
      OffsetDateTime appointmentTime, String appointmentPlace, String rejectionReason, String trackingNumber,
      TemporaryCard temporaryCard) {
  }

  public record Payment(String orderNumber, BigDecimal amount, String statusName, OffsetDateTime payBefore,
      OffsetDateTime paidAt) {
  }

  public record TemporaryCard(OffsetDateTime requestedAt, Boolean issued, String note) {
  }
}
