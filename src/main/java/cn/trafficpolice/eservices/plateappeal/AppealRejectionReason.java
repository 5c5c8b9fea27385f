package cn.trafficpolice.eservices.plateappeal;

/** PA-2, PA-3: why a reviewer rejects an appeal; the list the review form offers and the decision accepts. */
public enum AppealRejectionReason {
  IDENTITY_PROOF_MISMATCH("身份证明与申诉人信息不一致"),
  INVOICE_VIN_MISMATCH("购车发票与车辆识别代号不一致"),
  INVOICE_BUYER_MISMATCH("购车发票上的购车人与申诉人不一致"),
  PHOTO_ILLEGIBLE("照片模糊、不完整或难以辨认"),
  PRESELECTED_BY_APPELLANT("经核实该车辆的预选记录为申诉人本人所选"),
  OTHER("其他原因");

  private final String label;

  AppealRejectionReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
