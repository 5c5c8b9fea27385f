package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.sms.SmsGateway;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** SH-6 messages of plate pre-selection, keyed by serial number and event so a retried job sends nothing twice. */
@Component
class PreselectionNotifier {

  private static final String SIGNATURE = "【交管服务】";
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日HH:mm");

  private final SmsGateway sms;

  PreselectionNotifier(SmsGateway sms) {
    this.sms = sms;
  }

  void selected(PlateSelection s, String phone, String officeName) {
    sms.send(s.serialNumber() + ":selected", phone, SIGNATURE + ("您已预选号牌%s（业务流水号%s），请于%s前到%s确认，"
        + "逾期未确认号牌将被收回，且两年内不能在互联网预选号牌。").formatted(s.plateNumber(), s.serialNumber(),
        SHOWN.format(s.validUntil()), officeName));
  }

  void confirmed(PlateSelection s, String phone) {
    sms.send(s.serialNumber() + ":confirmed", phone, SIGNATURE
        + "您预选的号牌%s已由车管所确认（业务流水号%s）。".formatted(s.plateNumber(), s.serialNumber()));
  }

  void expired(PlateSelection s, String phone, LocalDate blacklistEndsOn) {
    sms.send(s.serialNumber() + ":expired", phone, SIGNATURE + ("您预选的号牌%s未在有效期内到车管所确认，号牌已收回（业务流水号%s）。"
        + "您已被列入互联网黑名单，%s前不能在互联网预选号牌。").formatted(s.plateNumber(), s.serialNumber(), blacklistEndsOn));
  }
}
