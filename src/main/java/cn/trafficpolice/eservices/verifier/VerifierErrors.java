package cn.trafficpolice.eservices.verifier;

/** Stable machine codes of verifier administration. */
public final class VerifierErrors {

  public static final String VERIFIER_EXISTS = "VERIFIER_EXISTS";

  private VerifierErrors() {
  }
}
