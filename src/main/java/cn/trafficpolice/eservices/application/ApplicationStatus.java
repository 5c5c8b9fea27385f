package cn.trafficpolice.eservices.application;

/** What My applications shows as the state of an application (SH-2). */
public enum ApplicationStatus {
  SUBMITTED("已提交", false),
  IN_PROGRESS("办理中", false),
  COMPLETED("已办结", true),
  REJECTED("未通过", true),
  CANCELLED("已取消", true);

  private final String label;
  private final boolean closed;

  ApplicationStatus(String label, boolean closed) {
    this.label = label;
    this.closed = closed;
  }

  public String label() {
    return label;
  }

  public boolean closed() {
    return closed;
  }
}
