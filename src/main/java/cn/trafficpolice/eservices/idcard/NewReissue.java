package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.address.Address;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What a submission writes: the application, with a copy of the postal address when the card is posted. */
record NewReissue(String serialNumber, long citizenId, String idNumber, ReissueChannel channel,
    ReissueReason reason, CardDelivery delivery, ReissueStage stage, Address address, LocalDate preferredDate,
    String applicantNote, boolean remoteArea, OffsetDateTime submittedAt, OffsetDateTime issueDeadline) {
}
