package cn.trafficpolice.eservices.blacklist;

/** SH-5: what an internet-blacklist entry blocks. */
public enum BlacklistKind {
  /** Parcel refused or licence not collected within a month: no online licence or vehicle services. */
  LICENCE_AND_VEHICLE_SERVICES("网上驾驶证和机动车业务"),
  /** A pre-selected plate not confirmed in time: no online plate pre-selection. */
  PLATE_PRESELECTION("互联网预选号牌");

  private final String blocks;

  BlacklistKind(String blocks) {
    this.blocks = blocks;
  }

  public String blocks() {
    return blocks;
  }
}
