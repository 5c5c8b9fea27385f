package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.sms.SmsGateway;
import org.springframework.stereotype.Component;

/** SH-6 messages of the e-licence business, keyed by serial and event so that a retried job sends nothing twice. */
@Component
class ElectronicLicenceNotifier {

  private static final String SIGNATURE = "【交管服务】";

  private final SmsGateway sms;

  ElectronicLicenceNotifier(SmsGateway sms) {
    this.sms = sms;
  }

  void issued(String serial, String phone) {
    sms.send(serial + ":issued", phone, SIGNATURE + "您的电子驾驶证已生成（业务流水号%s），可在电子驾驶证页面查询和出示。"
        .formatted(serial));
  }

  void photoRejected(String serial, int rejection, String phone, String why, int remaining) {
    sms.send(serial + ":rejected-" + rejection, phone, SIGNATURE
        + "您申领电子驾驶证提交的照片未通过审核（业务流水号%s），原因：%s。请按照片要求重新拍摄上传，还可上传%d次。"
            .formatted(serial, why, remaining));
  }

  void windowRequired(String serial, String phone, int rejections) {
    sms.send(serial + ":window", phone, SIGNATURE
        + "您申领电子驾驶证提交的照片已%d次未通过审核（业务流水号%s），请携带身份证明到车管所窗口办理。"
            .formatted(rejections, serial));
  }

  void invalidated(String elicenceNumber, String phone) {
    sms.send(elicenceNumber + ":invalidated", phone, SIGNATURE
        + "因您的驾驶证准驾车型、有效期或发证机关发生变化，原电子驾驶证已失效，请重新申领。");
  }

  void refreshed(String changeId, String phone, String stateNames, int points, boolean blocks) {
    sms.send(changeId + ":elicence-refreshed", phone, SIGNATURE
        + "您的驾驶证信息已更新：状态%s，累积记分%d分，电子驾驶证已同步显示%s。".formatted(stateNames, points,
            blocks ? "；当前状态下电子驾驶证核验不通过" : ""));
  }

  void voidedByReplacement(String elicenceNumber, String phone) {
    sms.send(elicenceNumber + ":licence-void", phone, SIGNATURE
        + "因您的驾驶证已补领，原驾驶证及其电子驾驶证已作废，如需使用电子驾驶证请重新申领。");
  }
}
