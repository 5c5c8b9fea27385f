package cn.trafficpolice.eservices.elicence;

/** Stable machine codes of the e-licence business. */
public final class ElectronicLicenceErrors {

  public static final String LICENCE_NOT_FOUND = "LICENCE_NOT_FOUND";
  /** EL-1: the licence's validity has ended. */
  public static final String LICENCE_EXPIRED = "LICENCE_EXPIRED";
  /** EL-1: a licence state blocks the e-licence; the message names it. */
  public static final String LICENCE_STATE_BLOCKS = "LICENCE_STATE_BLOCKS";
  /** EL-7: the licence's office is not in a rollout city. */
  public static final String OUTSIDE_ROLLOUT = "ELICENCE_OUTSIDE_ROLLOUT";
  /** EL-2: no retained photo, or one older than allowed. */
  public static final String RETAINED_PHOTO_UNUSABLE = "RETAINED_PHOTO_UNUSABLE";
  public static final String REAL_PERSON_FAILED = "REAL_PERSON_FAILED";
  public static final String ELICENCE_ALREADY_ISSUED = "ELICENCE_ALREADY_ISSUED";
  public static final String ELICENCE_NOT_FOUND = "ELICENCE_NOT_FOUND";
  public static final String PHOTO_NOT_EXPECTED = "PHOTO_NOT_EXPECTED";
  public static final String REVIEW_DECISION_INVALID = "REVIEW_DECISION_INVALID";

  private ElectronicLicenceErrors() {
  }
}
