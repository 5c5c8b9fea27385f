package cn.trafficpolice.eservices.licenceloss;

import java.time.OffsetDateTime;

/** What the citizen submitted, and what has been done with it. */
record LicenceLossApplication(String serialNumber, long citizenId, String licenceNumber,
    DeliveryMethod deliveryMethod, String pickupSiteId, String recipient, String recipientPhone,
    String postalAddress, String trackingNumber, OffsetDateTime readyAt, OffsetDateTime pickupDeadline) {
}
