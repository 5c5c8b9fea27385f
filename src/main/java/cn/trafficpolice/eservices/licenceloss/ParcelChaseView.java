package cn.trafficpolice.eservices.licenceloss;

/** What the clerk chasing a parcel without a report sees (LL-4). */
record ParcelChaseView(String serialNumber, String applicantName, String phone, String trackingNumber,
    String recipient, String recipientPhone, String postalAddress) {
}
