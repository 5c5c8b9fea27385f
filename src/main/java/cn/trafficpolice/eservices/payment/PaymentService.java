package cn.trafficpolice.eservices.payment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The government fee payment platform (统一支付平台), an outside system; in-app stand-in
 * {@link TablePaymentService}. The platform reports a payment by calling back ({@link PaymentCallbackController}).
 */
public interface PaymentService {

  /** Creates the order; idempotent by reference: asking again returns the order already created. */
  PaymentOrder createOrder(NewPaymentOrder order);

  /**
   * Records the platform's confirmation. Idempotent: confirming a paid order again changes nothing.
   *
   * @return true when this call marked the order paid
   * @throws cn.trafficpolice.eservices.error.BusinessException unknown order (404), cancelled or expired (409),
   *     amount not the order's (422)
   */
  boolean confirmPaid(String orderNumber, BigDecimal amount, String transactionId);

  /** Cancels an unpaid order. @return false when the order was paid and stays so */
  boolean cancel(String orderNumber);

  Optional<PaymentOrder> find(String orderNumber);
}
