package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.blacklist.BlacklistEntry;
import cn.trafficpolice.eservices.registry.PickupSite;
import cn.trafficpolice.eservices.sms.SmsGateway;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * SH-6: the text messages of licence loss replacement. Each is keyed by serial number and event, so a retried job
 * never sends one twice.
 */
@Component
class LicenceLossNotifier {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final SmsGateway sms;

  LicenceLossNotifier(SmsGateway sms) {
    this.sms = sms;
  }

  void accepted(String serial, String phone, DeliveryMethod method) {
    String next = method == DeliveryMethod.POSTAL ? "交邮政寄递，邮费在签收时支付" : "短信通知您到所选网点领取";
    send(serial, "accepted", phone, "您的驾驶证遗失补证业务（流水号%s）已受理，原机动车驾驶证即日起作废。新驾驶证制作完成后将%s。"
        .formatted(serial, next));
  }

  void refused(String serial, String phone, String reason) {
    send(serial, "refused", phone, "您的驾驶证遗失补证业务（流水号%s）未予受理：%s。".formatted(serial, reason));
  }

  void posted(String serial, String phone, String trackingNumber) {
    send(serial, "posted", phone, "您补领的驾驶证（流水号%s）已交邮政寄递，邮件号%s，邮费请在签收时支付。拒绝签收将被列入互联网黑名单。"
        .formatted(serial, trackingNumber));
  }

  void readyForPickup(String serial, String phone, PickupSite site, OffsetDateTime deadline) {
    send(serial, "ready-for-pickup", phone,
        "您补领的驾驶证（流水号%s）已制作完成，请于%s前携带本人身份证到%s（%s，%s）领取。逾期未领取将被列入互联网黑名单。"
            .formatted(serial, DAY.format(deadline), site.name(), site.address(), site.openingHours()));
  }

  void delivered(String serial, String phone) {
    send(serial, "delivered", phone, "您补领的驾驶证（流水号%s）已签收，业务办结。".formatted(serial));
  }

  void collected(String serial, String phone) {
    send(serial, "collected", phone, "您补领的驾驶证（流水号%s）已领取，业务办结。".formatted(serial));
  }

  void parcelReturned(String serial, String phone, String issuingAuthority) {
    send(serial, "parcel-returned", phone, "您补领的驾驶证（流水号%s）邮件未能投递，已退回%s，请携带本人身份证到该机关领取。"
        .formatted(serial, issuingAuthority));
  }

  void blacklisted(String serial, String phone, BlacklistEntry entry) {
    send(serial, "blacklisted", phone, "因%s（流水号%s），您已被列入互联网黑名单，%s前不能办理%s。"
        .formatted(entry.reason(), serial, DAY.format(entry.endsOn()), entry.kind().blocks()));
  }

  private void send(String serial, String event, String phone, String text) {
    sms.send(serial + ":" + event, phone, "【交管服务】" + text);
  }
}
