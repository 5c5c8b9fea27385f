package cn.trafficpolice.eservices.sms;

/**
 * Hands one message to the operator's SMS connector. Called once the message's transaction committed; a message
 * delivered here is redacted in the outbox. Without an implementation the outbox keeps its messages for a
 * connector that reads the table.
 */
public interface SmsDelivery {

  /** @param messageId the message's row in {@code sms_outbox}, for the connector's receipts and duplicates */
  void deliver(long messageId, String phone, String text);
}
