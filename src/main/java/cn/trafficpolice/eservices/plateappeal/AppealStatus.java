package cn.trafficpolice.eservices.plateappeal;

public enum AppealStatus {
  IN_REVIEW("审核中"),
  APPROVED("申诉成立"),
  REJECTED("申诉不成立");

  private final String label;

  AppealStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
