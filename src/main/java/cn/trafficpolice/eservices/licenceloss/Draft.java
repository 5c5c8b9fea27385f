package cn.trafficpolice.eservices.licenceloss;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The application as the citizen is about to submit it, shown on the confirmation step before the SMS code. */
public record Draft(
    Boolean noticeAgreed,
    Boolean declarationConfirmed,
    Boolean licenceInfoConfirmed,
    @NotNull DeliveryMethod deliveryMethod,
    Long addressId,
    @Size(max = 20) String pickupSiteId) {
}
