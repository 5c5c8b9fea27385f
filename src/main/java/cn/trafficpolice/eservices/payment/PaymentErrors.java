package cn.trafficpolice.eservices.payment;

/** Stable machine codes of payment confirmations. */
public final class PaymentErrors {

  /** The order was cancelled or its time to pay ran out. */
  public static final String PAYMENT_ORDER_CLOSED = "PAYMENT_ORDER_CLOSED";
  /** The confirmed amount is not the order's. */
  public static final String PAYMENT_AMOUNT_MISMATCH = "PAYMENT_AMOUNT_MISMATCH";
  /** A transaction already reported for another order: a replay. */
  public static final String PAYMENT_TRANSACTION_REUSED = "PAYMENT_TRANSACTION_REUSED";
  /** The order was paid by another transaction. */
  public static final String PAYMENT_ALREADY_PAID = "PAYMENT_ALREADY_PAID";

  private PaymentErrors() {
  }
}
