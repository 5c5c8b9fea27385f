package cn.trafficpolice.eservices.filing;

/** Stable machine codes of the filing business. */
public final class FilingErrors {

  /** NF-2: the filer already holds the maximum of active filings. */
  public static final String FILING_LIMIT_REACHED = "FILING_LIMIT_REACHED";
  /** NF-2: the vehicle already has the maximum of active filers. */
  public static final String VEHICLE_FILERS_LIMIT_REACHED = "VEHICLE_FILERS_LIMIT_REACHED";
  /** NF-2: not a non-commercial small car or small new-energy car of a person or an organisation. */
  public static final String VEHICLE_NOT_ELIGIBLE = "VEHICLE_NOT_ELIGIBLE";
  public static final String OWN_VEHICLE = "OWN_VEHICLE";
  public static final String ALREADY_FILED = "ALREADY_FILED";
  /** NF-1 SMS way: no registered vehicle with that plate and engine-number ending. */
  public static final String VEHICLE_INFO_MISMATCH = "VEHICLE_INFO_MISMATCH";
  public static final String QR_TOKEN_INVALID = "QR_TOKEN_INVALID";
  public static final String QR_TOKEN_EXPIRED = "QR_TOKEN_EXPIRED";
  /** NF-1: a QR token files one vehicle once. */
  public static final String QR_TOKEN_USED = "QR_TOKEN_USED";
  public static final String PHOTO_NOT_EXPECTED = "PHOTO_NOT_EXPECTED";
  public static final String FILING_NOT_BOUND = "FILING_NOT_BOUND";
  public static final String REVIEW_DECISION_INVALID = "REVIEW_DECISION_INVALID";

  private FilingErrors() {
  }
}
