package cn.trafficpolice.eservices.licenceloss;

/** How the citizen receives the new licence (LL-4). */
public enum DeliveryMethod {
  /** 邮政寄递: to an address of the citizen's address book; the fee is paid to the postman on delivery. */
  POSTAL("邮政寄递"),
  /** 窗口自取: at the pickup site the citizen chose. */
  WINDOW("窗口自取");

  private final String label;

  DeliveryMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
