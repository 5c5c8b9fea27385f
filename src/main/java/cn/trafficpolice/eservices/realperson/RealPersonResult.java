package cn.trafficpolice.eservices.realperson;

/** The answer of real-person (face) authentication. */
public enum RealPersonResult {
  /** The live face matches the ID number's registered portrait. */
  PASSED,
  /** The face did not match, or the liveness check failed. */
  FAILED,
  /** The service could not answer; the business falls back to its manual path. */
  UNAVAILABLE
}
