package cn.trafficpolice.eservices.elicence;

/** EL-3: why a reviewer rejects a portrait, after the photo rules the citizen was shown. */
public enum PhotoRejectionReason {
  BACKGROUND_NOT_WHITE("背景不是白色或光线不均匀"),
  CLOTHING_NOT_DARK("未着深色衣服或着制式服装"),
  HEAD_COVERED("佩戴帽子、口罩、头巾或饰品"),
  FACE_OBSCURED("头发遮挡面部或耳朵"),
  POSTURE("坐姿不端正或未正对镜头"),
  OVER_EDITED("过度修图或化浓妆"),
  BLURRED("照片模糊或不完整"),
  OTHER("其他原因");

  private final String label;

  PhotoRejectionReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
