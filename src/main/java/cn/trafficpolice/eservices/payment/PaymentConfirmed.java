package cn.trafficpolice.eservices.payment;

/**
 * Published, in the transaction that recorded it, when the payment platform confirms an order as paid; the
 * business that created the order listens for its own orders.
 */
public record PaymentConfirmed(PaymentOrder order) {
}
