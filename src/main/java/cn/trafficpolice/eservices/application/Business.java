package cn.trafficpolice.eservices.application;

/** The businesses of the platform, each with its serial-number code and its process (DESIGN.md contract). */
public enum Business {
  LICENCE_LOSS_REPLACEMENT("LL", "驾驶证遗失补证", "LicenceLossReplacement"),
  ELECTRONIC_LICENCE("EL", "电子驾驶证申领", "ElectronicLicenceApplication"),
  PLATE_PRESELECTION("PP", "预选机动车号牌", "PlatePreselection"),
  PLATE_SELECTION_APPEAL("PA", "异常选号资料修改", "PlateSelectionAppeal"),
  NON_OWNED_VEHICLE_FILING("NF", "备案非本人机动车", "NonOwnedVehicleFiling"),
  ID_CARD_REISSUE("ID", "居民身份证补领", "IdCardReissue");

  private final String serialCode;
  private final String label;
  private final String processKey;

  Business(String serialCode, String label, String processKey) {
    this.serialCode = serialCode;
    this.label = label;
    this.processKey = processKey;
  }

  public String serialCode() {
    return serialCode;
  }

  public String label() {
    return label;
  }

  public String processKey() {
    return processKey;
  }
}
