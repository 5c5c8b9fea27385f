package cn.trafficpolice.eservices.payment;

public enum PaymentStatus {
  PENDING("待支付"),
  PAID("已支付"),
  CANCELLED("已取消");

  private final String label;

  PaymentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
