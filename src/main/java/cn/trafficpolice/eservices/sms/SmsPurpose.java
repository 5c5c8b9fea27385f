package cn.trafficpolice.eservices.sms;

/** What a code authorises; a code serves only the purpose (and the reference) it was sent for (SH-3). */
public enum SmsPurpose {
  LICENCE_LOSS_SUBMIT("驾驶证遗失补证"),
  PLATE_PRESELECTION("预选机动车号牌"),
  VEHICLE_FILING_OWNER_CONSENT("备案非本人机动车"),
  ID_CARD_REISSUE("居民身份证补领");

  private final String label;

  SmsPurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
