package cn.trafficpolice.eservices.filing;

/** NF-1: the two ways to file. */
public enum FilingWay {
  QR_CODE("扫码备案"),
  SMS_CODE("短信验证备案");

  private final String label;

  FilingWay(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
