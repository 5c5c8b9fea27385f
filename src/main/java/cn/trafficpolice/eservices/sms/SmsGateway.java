package cn.trafficpolice.eservices.sms;

/**
 * Sends one text message. Implementations are idempotent by key: engine jobs run at least once, so a retried
 * notification must not reach the citizen twice.
 */
public interface SmsGateway {

  void send(String idempotencyKey, String phone, String text);

  /** A message carrying a secret (a code), which is not kept in clear text once the message is delivered. */
  void sendSecret(String idempotencyKey, String phone, String text, String secret);
}
