package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.realperson.RealPersonResult;
import java.time.OffsetDateTime;

/** One filing of a non-owned vehicle: who filed which vehicle (by VIN), how, and where it stands. */
public record VehicleFiling(long id, String serialNumber, String vin, long filerId, FilerRelation relation,
    FilingWay way, RealPersonResult realPerson, FilingStatus status, Long photoId, RejectionReason rejectionReason,
    String reviewNote, OffsetDateTime submittedAt, OffsetDateTime approvedAt, OffsetDateTime endedAt,
    Party endedBy) {
}
