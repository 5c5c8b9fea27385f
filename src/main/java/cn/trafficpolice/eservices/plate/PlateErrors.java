package cn.trafficpolice.eservices.plate;

/** Stable machine codes of plate pre-selection. */
public final class PlateErrors {

  /** PP-9: refusals the citizen may appeal (PA-1); the problem carries {@code appealPossible: true}. */
  public static final String VIN_ALREADY_PRESELECTED = "VIN_ALREADY_PRESELECTED";
  public static final String VIN_ALREADY_REGISTERED = "VIN_ALREADY_REGISTERED";
  public static final String VIN_ALREADY_PRESELECTED_MESSAGE = "该车辆已预选号牌，不允许再次预选号牌！";
  public static final String VIN_ALREADY_REGISTERED_MESSAGE = "该车辆已上牌，不能选号，请核对输入！";
  /** PP-2: no new vehicle with that VIN and certificate number. */
  public static final String CERTIFICATE_MISMATCH = "CERTIFICATE_MISMATCH";
  /** PP-1: not the citizen's own vehicle (nor its organisation's, PP-10), or not a kind pre-selected online. */
  public static final String VEHICLE_NOT_ELIGIBLE = "VEHICLE_NOT_ELIGIBLE";
  /** PP-10: a new-car owner's (non-real-name) account selects only at the vehicle's own office. */
  public static final String OFFICE_NOT_ALLOWED = "OFFICE_NOT_ALLOWED";
  /** PP-10: an organisation's agent selects only at the organisation's own registration office. */
  public static final String ORGANISATION_OFFICE_ONLY = "ORGANISATION_OFFICE_ONLY";
  public static final String NOTICE_NOT_ACCEPTED = "NOTICE_NOT_ACCEPTED";
  /** PP-3. */
  public static final String OUTSIDE_SERVICE_HOURS = "OUTSIDE_SERVICE_HOURS";
  public static final String SMS_VERIFICATION_REQUIRED = "SMS_VERIFICATION_REQUIRED";
  /** PP-11 office rule (DMN {@code ForbiddenPlatePatterns}). */
  public static final String PLATE_FORBIDDEN = "PLATE_FORBIDDEN";
  public static final String PROPOSALS_COUNT_INVALID = "PROPOSALS_COUNT_INVALID";
  /** PP-4, PP-5, PP-6. */
  public static final String SELF_COMPOSED_EXHAUSTED = "SELF_COMPOSED_EXHAUSTED";
  public static final String RANDOM_EXHAUSTED = "RANDOM_EXHAUSTED";
  public static final String SELECT_AT_OFFICE = "SELECT_AT_OFFICE";
  /** PP-5: the plate is not in the citizen's current batch, or its hold ran out. */
  public static final String PLATE_NOT_HELD = "PLATE_NOT_HELD";
  /** PP-12: someone else holds or reserved the plate. */
  public static final String PLATE_TAKEN = "PLATE_TAKEN";
  public static final String SELECTION_CLOSED = "SELECTION_CLOSED";
  /** The vehicle office confirms only a plate that is still pre-selected and matches. */
  public static final String CONFIRMATION_MISMATCH = "CONFIRMATION_MISMATCH";

  private PlateErrors() {
  }
}
