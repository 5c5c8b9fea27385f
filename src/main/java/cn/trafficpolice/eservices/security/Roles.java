package cn.trafficpolice.eservices.security;

/** Roles of callers of the REST front. Reviewers and clerks work in Tasklist, under Camunda's own identity. */
public final class Roles {

  public static final String CITIZEN = "CITIZEN";
  /** Outside systems calling back (postal service, vehicle office); each also has its own role. */
  public static final String SYSTEM = "SYSTEM";
  /** The postal service, reporting on the parcels it delivers. */
  public static final String POSTAL_SERVICE = "POSTAL_SERVICE";
  /** The fee payment platform, reporting paid orders. */
  public static final String PAYMENT = "PAYMENT";
  /** The vehicle office's system, confirming pre-selected plates at the window. */
  public static final String VEHICLE_OFFICE = "VEHICLE_OFFICE";
  /** Organisations verifying e-licences (police, insurers, rental companies), at /api/v1/verifications (EL-5). */
  public static final String VERIFIER = "VERIFIER";
  /** The driver licence registry, reporting changes of class, validity, issuing authority, state or points. */
  public static final String LICENCE_REGISTRY = "LICENCE_REGISTRY";
  /** Operators (members of Camunda's camunda-admin group): working-day notices, health details, metrics. */
  public static final String OPERATOR = "OPERATOR";

  private Roles() {
  }
}
