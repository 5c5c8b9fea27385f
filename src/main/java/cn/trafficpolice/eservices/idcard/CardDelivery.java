package cn.trafficpolice.eservices.idcard;

/** How the new card reaches the citizen: always by post online (ID-2), by post or at the office (ID-3). */
public enum CardDelivery {
  POST("邮政寄递"),
  PICKUP("到受理单位领取");

  private final String label;

  CardDelivery(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
