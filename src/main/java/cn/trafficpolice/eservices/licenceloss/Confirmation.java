package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.registry.PickupSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * LL-5: the whole application as it will be submitted, answered before the SMS code is asked for. The code is then
 * requested for {@link #smsReference()}, which digests everything shown: a submission that differs in any of it
 * does not match the code.
 *
 * @param postal         recipient, phone (masked) and address, for postal delivery
 * @param pickupSite     the chosen window, for window pickup
 * @param feeNote        what the citizen pays, and when
 * @param afterSubmission what happens next (LL-6, LL-8)
 */
record Confirmation(String smsReference, LicenceView licence, DeliveryMethod deliveryMethod,
    String deliveryMethodName, Postal postal, PickupSite pickupSite, String feeNote, String afterSubmission) {

  record Postal(String recipient, String phone, String address) {
  }

  /** A digest of the citizen and of what the submission will record; the same inputs give the same reference. */
  static String reference(long citizenId, String licenceNumber, DeliveryMethod method, String pickupSiteId,
      String recipient, String phone, String address) {
    String content = String.join("\u001f", Long.toString(citizenId), licenceNumber, method.name(),
        String.valueOf(pickupSiteId), String.valueOf(recipient), String.valueOf(phone), String.valueOf(address));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "LL-" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
