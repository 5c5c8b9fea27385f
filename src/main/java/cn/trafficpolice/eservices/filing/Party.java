package cn.trafficpolice.eservices.filing;

/** The two sides of a filing; either may unbind it (NF-5). */
public enum Party {
  FILER("备案人"),
  OWNER("机动车所有人");

  private final String label;

  Party(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
