package cn.trafficpolice.eservices.idcard;

/** Why the card is reissued; the fee is the same for both (ID-2). */
public enum ReissueReason {
  LOST("遗失"),
  DAMAGED("损坏");

  private final String label;

  ReissueReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
