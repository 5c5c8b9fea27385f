package cn.trafficpolice.eservices.elicence;

/** Where the e-licence's portrait comes from (EL-2, EL-3). */
public enum PhotoSource {
  /** The registry's retained photo, accepted by the citizen after real-person authentication. */
  RETAINED,
  /** A photo the citizen uploaded, reviewed by a person. */
  UPLOADED
}
