package cn.trafficpolice.eservices.sms;

/**
 * What a code authorises; a code serves only the purpose (and the reference) it was sent for (SH-3). Each purpose
 * words its message for the person who receives it.
 */
public enum SmsPurpose {
  LICENCE_LOSS_SUBMIT("驾驶证遗失补证"),
  PLATE_PRESELECTION("预选机动车号牌"),
  /** Sent to the vehicle's owner, who is not the applicant and may not have an account. */
  VEHICLE_FILING_OWNER_CONSENT("备案非本人机动车",
      "【交管服务】有人申请将您名下的机动车备案为其可使用的非本人机动车，验证码%s，%d分钟内有效。如同意，请将验证码告知申请人；"
          + "如不同意，请勿告知他人。"),
  ID_CARD_REISSUE("居民身份证补领"),
  /** Proves a new account's phone; the reference is the phone itself. */
  REGISTER("注册交管服务账户"),
  /**
   * Asked for a phone that already has an account: the owner is told, no code is shown, and the request goes
   * through the same quota and storage as {@link #REGISTER}, so the answer does not reveal that the phone is known.
   */
  REGISTER_PHONE_TAKEN("注册交管服务账户",
      "【交管服务】有人正在用您的手机号码注册交管服务账户。您已注册，可直接登录；如非本人操作，请注意保管好密码。");

  private static final String APPLICANT_TEXT = "【交管服务】您正在办理%s，验证码%s，%d分钟内有效。如非本人操作请忽略。";

  private final String label;
  private final String ownText;

  SmsPurpose(String label) {
    this(label, null);
  }

  SmsPurpose(String label, String ownText) {
    this.label = label;
    this.ownText = ownText;
  }

  public String label() {
    return label;
  }

  /** The message carrying {@code code}, valid for {@code minutes}. */
  public String text(String code, long minutes) {
    return ownText == null ? APPLICANT_TEXT.formatted(label, code, minutes) : ownText.formatted(code, minutes);
  }
}
