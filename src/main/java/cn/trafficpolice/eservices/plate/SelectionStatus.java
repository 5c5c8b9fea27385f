package cn.trafficpolice.eservices.plate;

/** Where a vehicle's pre-selection stands. */
public enum SelectionStatus {
  /** Phase 1 done; self-composing and random batches under way (PP-4, PP-5). */
  SELECTING("选号中"),
  /** A plate is reserved and awaits the vehicle office's confirmation (PP-7). */
  SELECTED("已预选，待车管所确认"),
  CONFIRMED("车管所已确认"),
  /** Not confirmed in time: the plate went back to the pool (PP-7). */
  EXPIRED("逾期未确认，号牌已收回"),
  /** An approved appeal cleared the record (PA-3). */
  CLEARED("申诉成立，已撤销");

  private final String label;

  SelectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
