package cn.trafficpolice.eservices.idcard;

/** Stable machine codes of the ID card reissue business. */
public final class IdCardErrors {

  /** ID-1: the online conditions are not met; the citizen is offered an appointment. */
  public static final String ONLINE_REISSUE_NOT_ELIGIBLE = "ONLINE_REISSUE_NOT_ELIGIBLE";
  public static final String HOUSEHOLD_RECORD_NOT_FOUND = "HOUSEHOLD_RECORD_NOT_FOUND";
  /** ID-3: a card by post needs an address of the citizen's address book. */
  public static final String ADDRESS_REQUIRED = "ADDRESS_REQUIRED";
  public static final String PREFERRED_DATE_INVALID = "PREFERRED_DATE_INVALID";
  /** ID-4: a temporary card only while an accepted application waits for its card, once. */
  public static final String TEMPORARY_CARD_NOT_AVAILABLE = "TEMPORARY_CARD_NOT_AVAILABLE";
  /** A clerk's or head's task completed without the decision it needs. */
  public static final String CLERK_DECISION_INVALID = "CLERK_DECISION_INVALID";
  public static final String PARCEL_REPORT_NOT_EXPECTED = "PARCEL_REPORT_NOT_EXPECTED";

  private IdCardErrors() {
  }
}
