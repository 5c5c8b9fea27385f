package cn.trafficpolice.eservices.idcard;

import java.util.Set;

/** Where an ID card reissue stands, as the citizen and the clerks read it. */
public enum ReissueStage {
  AWAITING_PAYMENT("待缴费"),
  CANCELLED("已取消（超时未缴费）"),
  IN_REVIEW("预约待审核"),
  APPOINTMENT_BOOKED("预约成功，待现场办理"),
  REJECTED("预约未通过"),
  EXPIRED("预约已失效（逾期未到场）"),
  ACCEPTED("已受理，制证中"),
  POSTED("已寄出"),
  READY_FOR_PICKUP("待领取"),
  DELIVERED("已签收"),
  COLLECTED("已领取");

  /** ID-4: accepted and not yet in the citizen's hands — when a temporary card may be asked for. */
  static final Set<ReissueStage> WAITING_FOR_CARD = Set.of(ACCEPTED, POSTED, READY_FOR_PICKUP);

  private final String label;

  ReissueStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
