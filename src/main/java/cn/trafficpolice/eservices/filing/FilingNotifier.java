package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.sms.SmsGateway;
import org.springframework.stereotype.Component;

/**
 * SH-6 and NF-4 messages of the filing business. Each is keyed by serial number and event, so a retried job or
 * request never sends it twice.
 */
@Component
class FilingNotifier {

  private static final String SIGNATURE = "【交管服务】";

  private final SmsGateway sms;

  FilingNotifier(SmsGateway sms) {
    this.sms = sms;
  }

  void approvedToFiler(VehicleFiling filing, String filerPhone, String plate) {
    sms.send(filing.serialNumber() + ":approved-filer", filerPhone, SIGNATURE
        + "您备案非本人机动车%s的申请已审核通过（业务流水号%s），该车已加入您的机动车列表。".formatted(plate, filing.serialNumber()));
  }

  void approvedToOwner(VehicleFiling filing, String ownerPhone, String plate, String filerName) {
    sms.send(filing.serialNumber() + ":approved-owner", ownerPhone, SIGNATURE
        + "您的机动车%s已由%s（%s）备案为非本人机动车。如有异议，可随时在交管服务中解除备案。"
            .formatted(plate, Mask.name(filerName), filing.relation().label()));
  }

  void rejected(VehicleFiling filing, String filerPhone, String plate, String reason) {
    sms.send(filing.serialNumber() + ":rejected", filerPhone, SIGNATURE
        + "您备案非本人机动车%s的申请未通过审核（业务流水号%s），原因：%s。".formatted(plate, filing.serialNumber(), reason));
  }

  void lapsed(VehicleFiling filing, String filerPhone, String plate) {
    sms.send(filing.serialNumber() + ":lapsed", filerPhone, SIGNATURE
        + "您备案非本人机动车%s的申请因逾期未上传手持证件照片已关闭（业务流水号%s）。".formatted(plate, filing.serialNumber()));
  }

  void unbound(VehicleFiling filing, Party by, String otherPartyPhone, String plate) {
    sms.send(filing.serialNumber() + ":unbound", otherPartyPhone, SIGNATURE
        + "机动车%s的非本人机动车备案已由%s解除（业务流水号%s）。".formatted(plate, by.label(), filing.serialNumber()));
  }
}
