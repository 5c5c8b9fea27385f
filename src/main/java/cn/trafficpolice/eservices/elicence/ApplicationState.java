package cn.trafficpolice.eservices.elicence;

/** Where an e-licence application stands. */
public enum ApplicationState {
  SUBMITTED("已提交"),
  IN_REVIEW("照片审核中"),
  PHOTO_REJECTED("照片未通过审核，请重新上传"),
  ISSUED("电子驾驶证已生成"),
  WINDOW_REQUIRED("请到车管所窗口办理");

  private final String label;

  ApplicationState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
