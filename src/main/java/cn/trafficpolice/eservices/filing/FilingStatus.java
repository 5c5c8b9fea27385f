package cn.trafficpolice.eservices.filing;

import java.util.Arrays;
import java.util.List;

/** Where a filing stands. Active filings count against the NF-2 limits, pending ones included. */
public enum FilingStatus {
  AWAITING_APPROVAL("待系统审核", true),
  AWAITING_PHOTO("待上传手持证件照片", true),
  IN_REVIEW("人工审核中", true),
  APPROVED("已备案", true),
  REJECTED("审核未通过", false),
  LAPSED("逾期未上传照片，已关闭", false),
  UNBOUND("已解除备案", false);

  static final List<String> ACTIVE = Arrays.stream(values()).filter(FilingStatus::active).map(Enum::name).toList();

  private final String label;
  private final boolean active;

  FilingStatus(String label, boolean active) {
    this.label = label;
    this.active = active;
  }

  public String label() {
    return label;
  }

  public boolean active() {
    return active;
  }
}
