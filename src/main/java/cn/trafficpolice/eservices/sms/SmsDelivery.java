package cn.trafficpolice.eservices.sms;

/**
 * Hands one message to the operator's SMS connector. Called once the message's transaction committed; a message
 * delivered here is redacted in the outbox. Without an implementation the outbox keeps its messages for a
 * connector that reads the table.
 */
public interface SmsDelivery {

  void deliver(String phone, String text);
}
