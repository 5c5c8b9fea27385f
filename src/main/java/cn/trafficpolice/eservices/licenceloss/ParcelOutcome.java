package cn.trafficpolice.eservices.licenceloss;

/** What the postal service reports on a parcel. */
public enum ParcelOutcome {
  DELIVERED,
  /** The recipient refused to sign for it (LL-9). */
  REFUSED,
  /** Not deliverable (address, nobody found) and back at the office: the citizen collects it there. */
  RETURNED
}
