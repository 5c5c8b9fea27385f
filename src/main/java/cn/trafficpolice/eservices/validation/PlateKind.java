package cn.trafficpolice.eservices.validation;

/** Plate kinds accepted online (GA 36), with the label shown to citizens. */
public enum PlateKind {
  ORDINARY_SMALL("小型汽车"),
  SMALL_NEW_ENERGY("小型新能源汽车"),
  LARGE_NEW_ENERGY("大型新能源汽车");

  private final String label;

  PlateKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
