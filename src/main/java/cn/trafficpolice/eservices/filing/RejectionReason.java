package cn.trafficpolice.eservices.filing;

/** NF-3: why a reviewer rejects a hand-held ID photo. */
public enum RejectionReason {
  OTHER_PARTYS_DOCUMENT("使用对方证件拍照"),
  NOT_THE_APPLICANT("照片非申请人本人"),
  ILLEGIBLE("证件字迹难以辨认");

  private final String label;

  RejectionReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
