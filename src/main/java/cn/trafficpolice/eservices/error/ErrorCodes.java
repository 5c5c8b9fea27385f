package cn.trafficpolice.eservices.error;

/** Stable machine codes shared by every business; each business adds its own beside its service. */
public final class ErrorCodes {

  public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
  public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
  public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
  public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
  public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
  public static final String FORBIDDEN = "FORBIDDEN";
  public static final String CONCURRENT_UPDATE = "CONCURRENT_UPDATE";
  /** A report or step the process no longer waits for, e.g. an outside system's callback replayed. */
  public static final String NOT_EXPECTED = "NOT_EXPECTED";
  public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  public static final String ID_NUMBER_INVALID = "ID_NUMBER_INVALID";
  public static final String VIN_INVALID = "VIN_INVALID";
  public static final String PLATE_INVALID = "PLATE_INVALID";
  public static final String PHONE_INVALID = "PHONE_INVALID";
  public static final String CREDIT_CODE_INVALID = "CREDIT_CODE_INVALID";

  public static final String REAL_NAME_REQUIRED = "REAL_NAME_REQUIRED";
  public static final String BLACKLISTED = "BLACKLISTED";

  private ErrorCodes() {
  }
}
