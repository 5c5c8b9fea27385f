package cn.trafficpolice.eservices.payment;

/** Stable machine codes of payment confirmations. */
public final class PaymentErrors {

  /** The order was cancelled or its time to pay ran out. */
  public static final String PAYMENT_ORDER_CLOSED = "PAYMENT_ORDER_CLOSED";
  /** The confirmed amount is not the order's. */
  public static final String PAYMENT_AMOUNT_MISMATCH = "PAYMENT_AMOUNT_MISMATCH";

  private PaymentErrors() {
  }
}
