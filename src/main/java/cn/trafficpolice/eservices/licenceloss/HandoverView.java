package cn.trafficpolice.eservices.licenceloss;

import java.time.OffsetDateTime;

/**
 * What the window clerk sees to hand a new licence over: who may collect it (checked against their ID card),
 * which licence, where and until when.
 */
record HandoverView(String serialNumber, String applicantName, String idNumber, String phone,
    String licenceNumber, String licenceClass, String issuingAuthority, String pickupSiteName,
    String pickupSiteAddress, OffsetDateTime readyAt, OffsetDateTime pickupDeadline) {
}
