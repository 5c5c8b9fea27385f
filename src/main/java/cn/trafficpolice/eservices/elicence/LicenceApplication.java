package cn.trafficpolice.eservices.elicence;

import java.time.OffsetDateTime;

/** One e-licence application: the photo under review, the state, and how often its photo was rejected. */
public record LicenceApplication(String serialNumber, long citizenId, String licenceNumber, PhotoSource photoSource,
    Long photoId, ApplicationState state, int rejections, PhotoRejectionReason rejectionReason, String reviewNote,
    OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
}
