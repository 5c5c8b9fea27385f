package cn.trafficpolice.eservices.idcard;

/** ID-2 online reissue, or ID-3 by appointment at the public-security office. */
public enum ReissueChannel {
  ONLINE("网上补领"),
  APPOINTMENT("预约办理");

  private final String label;

  ReissueChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
