package cn.trafficpolice.eservices.payment;

import java.math.BigDecimal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's notice that an order was paid: recorded, then passed on to the business that created the order
 * in the same transaction, so a notice its process cannot take is refused as a whole and the platform retries or
 * refunds.
 */
@Service
public class PaymentNotices {

  private final PaymentService payments;
  private final ApplicationEventPublisher events;

  PaymentNotices(PaymentService payments, ApplicationEventPublisher events) {
    this.payments = payments;
    this.events = events;
  }

  @Transactional
  public PaymentOrder paid(String orderNumber, BigDecimal amount, String transactionId) {
    boolean newlyPaid = payments.confirmPaid(orderNumber, amount, transactionId);
    PaymentOrder order = payments.find(orderNumber).orElseThrow();
    if (newlyPaid) {
      events.publishEvent(new PaymentConfirmed(order));
    }
    return order;
  }
}
