package cn.trafficpolice.eservices.postal;

/**
 * A parcel handed to the postal service.
 *
 * @param senderReference our reference, one parcel per reference (e.g. the application's serial number)
 * @param cashOnDelivery  the postman collects the fee from the recipient (LL-4)
 */
public record Parcel(String senderReference, String recipient, String phone, String address, String contents,
    boolean cashOnDelivery) {
}
