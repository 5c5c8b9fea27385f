package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.sms.SmsGateway;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * SH-6: the text messages of ID card reissue. Each is keyed by serial number and event, so a retried job or
 * request never sends one twice.
 */
@Component
class IdCardNotifier {

  private static final String SIGNATURE = "【公安服务】";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final SmsGateway sms;
  private final ZoneId zone;

  IdCardNotifier(SmsGateway sms, Clock clock) {
    this.sms = sms;
    this.zone = clock.getZone();
  }

  void awaitingPayment(String serial, String phone, BigDecimal fee, OffsetDateTime payBefore) {
    send(serial, "awaiting-payment", phone, "您的居民身份证网上补领申请（流水号%s）已提交，请于%s前缴纳工本费%s元，逾期申请自动取消。"
        .formatted(serial, time(payBefore), fee.toPlainString()));
  }

  void cancelled(String serial, String phone) {
    send(serial, "cancelled", phone, "您的居民身份证网上补领申请（流水号%s）因超时未缴费已取消。".formatted(serial));
  }

  void appointmentSubmitted(String serial, String phone) {
    send(serial, "appointment-submitted", phone, "您的居民身份证补领预约登记（流水号%s）已提交，公安机关审核后将短信通知您办理时间和地点。"
        .formatted(serial));
  }

  void appointmentBooked(String serial, String phone, OffsetDateTime time, String place) {
    send(serial, "appointment-booked", phone, "您的居民身份证补领预约（流水号%s）已审核通过，请于%s携带户口簿到%s现场采集指纹并缴纳工本费。"
        .formatted(serial, time(time), place));
  }

  void appointmentRejected(String serial, String phone, String reason) {
    send(serial, "appointment-rejected", phone, "您的居民身份证补领预约登记（流水号%s）未通过审核，原因：%s。"
        .formatted(serial, reason));
  }

  void appointmentExpired(String serial, String phone) {
    send(serial, "appointment-expired", phone, "您的居民身份证补领预约（流水号%s）因逾期未到场办理已失效，如需补领请重新预约。"
        .formatted(serial));
  }

  void accepted(String serial, String phone, int workingDays) {
    send(serial, "accepted", phone, "您的居民身份证补领申请（流水号%s）已受理，将在%d个工作日内制证。急需用证的，可在网上申请办理临时居民身份证。"
        .formatted(serial, workingDays));
  }

  void posted(String serial, String phone, String trackingNumber) {
    send(serial, "posted", phone, "您补领的居民身份证（流水号%s）已交邮政寄递，邮件号%s，请注意签收。"
        .formatted(serial, trackingNumber));
  }

  void readyForPickup(String serial, String phone, String place) {
    send(serial, "ready-for-pickup", phone, "您补领的居民身份证（流水号%s）已制作完成，请携带户口簿到%s领取。"
        .formatted(serial, place));
  }

  void finished(String serial, String phone, ReissueStage stage) {
    send(serial, "finished", phone, "您补领的居民身份证（流水号%s）%s，业务已办结。".formatted(serial, stage.label()));
  }

  void temporaryCard(String serial, String phone, boolean issued, String note) {
    String text = issued ? "已签发，请到%s领取".formatted(note) : "未能签发，原因：%s".formatted(note);
    send(serial, "temporary-card", phone, "您申请的临时居民身份证（流水号%s）%s。".formatted(serial, text));
  }

  private String time(OffsetDateTime time) {
    return time.atZoneSameInstant(zone).format(TIME);
  }

  private void send(String serial, String event, String phone, String text) {
    sms.send(serial + ":" + event, phone, SIGNATURE + text);
  }
}
