package cn.trafficpolice.eservices.idcard;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of {@code id_card_reissue}. */
record IdCardReissue(String serialNumber, long citizenId, String idNumber, ReissueChannel channel,
    ReissueReason reason, CardDelivery delivery, ReissueStage stage, String recipient, String recipientPhone,
    String postalAddress, LocalDate preferredDate, String applicantNote, boolean remoteArea,
    OffsetDateTime submittedAt, OffsetDateTime issueDeadline, String paymentOrderNumber,
    OffsetDateTime appointmentTime, String appointmentPlace, String rejectionReason, OffsetDateTime acceptedAt,
    OffsetDateTime producedAt, String trackingNumber, OffsetDateTime finishedAt,
    OffsetDateTime temporaryCardRequestedAt, Boolean temporaryCardIssued, String temporaryCardNote) {
}
