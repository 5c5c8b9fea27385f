package cn.trafficpolice.eservices.licenceloss;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Steps 1 to 5 of seed 000 as one submission: the agreement, the declaration and the confirmation of the licence
 * information (LL-2), the delivery (LL-4) and the SMS code (LL-5).
 *
 * @param addressId    for {@link DeliveryMethod#POSTAL}: an address of the citizen's address book
 * @param pickupSiteId for {@link DeliveryMethod#WINDOW}: a pickup site of the licence's vehicle office
 */
public record Submission(
    Boolean noticeAgreed,
    Boolean declarationConfirmed,
    Boolean licenceInfoConfirmed,
    @NotNull DeliveryMethod deliveryMethod,
    Long addressId,
    @Size(max = 20) String pickupSiteId,
    @NotBlank @Size(max = 6) String smsCode) {

  /** What the confirmation step showed: the submission without its SMS code (LL-5). */
  Draft draft() {
    return new Draft(noticeAgreed, declarationConfirmed, licenceInfoConfirmed, deliveryMethod, addressId,
        pickupSiteId);
  }
}
