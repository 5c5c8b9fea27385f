package cn.trafficpolice.eservices.licenceloss;

import java.util.List;

/**
 * Step 1 (业务须知) and step 2 (用户申告) of seed 000: what the citizen reads and agrees to, and the conditions the
 * citizen declares do not apply (LL-2).
 */
record LicenceLossNotice(String title, List<String> notice, String agreement, List<String> declarationItems,
    String declaration) {

  static final LicenceLossNotice CURRENT = new LicenceLossNotice(
      "机动车驾驶证遗失补证业务须知",
      List.of(
          "本业务仅限互联网实名注册个人用户（亲临车管所或大队开户窗口注册，或通过人像比对认证）办理。",
          "补领后，原机动车驾驶证作废，不得继续使用。",
          "机动车驾驶证在被依法扣押、扣留、暂扣期间，或已被撤销、吊销、注销的，不得申请补发。",
          "提交成功后，系统将于提交后的一个工作日（不含当天）受理，并以短信告知受理结果。",
          "选择邮政寄递的，受理成功后由邮政速递人员寄送新机动车驾驶证，邮费由收件人在签收时支付；"
              + "选择窗口自取的，请在短信通知后一个月内携带本人身份证到所选自取网点领取。",
          "一旦在互联网申请遗失补证，不再受理该业务退办。拒绝签收邮件或逾期未领取的，系统将自动把用户加入互联网黑名单，"
              + "一年内不允许办理网上机动车和驾驶证相关业务。"),
      "本人已阅读并同意以上业务须知",
      List.of(
          "本人的机动车驾驶证确已遗失；",
          "该驾驶证未被依法扣押、扣留或暂扣；",
          "该驾驶证未被撤销、吊销或注销；",
          "本人所提交的信息真实、有效，并承担由此产生的法律责任。"),
      "本人确认不具有上述不准申请补证的情形");
}
