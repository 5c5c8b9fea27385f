package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.application.ApplicationMessages;
import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.payment.PaymentConfirmed;
import cn.trafficpolice.eservices.payment.PaymentErrors;
import cn.trafficpolice.eservices.payment.PaymentOrder;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The one entry of the ID card reissue business into the engine: starts the process and passes it messages. */
@Component
class IdCardReissueStarter {

  private final RuntimeService runtime;
  private final ApplicationMessages messages;

  IdCardReissueStarter(RuntimeService runtime, ApplicationMessages messages) {
    this.runtime = runtime;
    this.messages = messages;
  }

  /** In the caller's transaction: the application and its process instance exist together or not at all. */
  void start(IdCardReissue reissue, IdCardProperties figures, PaymentOrder order) {
    ProcessInstantiationBuilder start = runtime.createProcessInstanceByKey(IdCardReissueProcess.KEY)
        .businessKey(reissue.serialNumber())
        .setVariable(IdCardReissueProcess.VAR_CHANNEL, reissue.channel().name())
        .setVariable(IdCardReissueProcess.VAR_DELIVERY, reissue.delivery().name())
        .setVariable(IdCardReissueProcess.VAR_ISSUE_DEADLINE, date(reissue.issueDeadline()))
        .setVariable(IdCardReissueProcess.VAR_PRODUCTION_WORKING_DAYS, figures.productionWorkingDays())
        .setVariable(IdCardReissueProcess.VAR_APPOINTMENT_NO_SHOW_WORKING_DAYS,
            figures.appointmentNoShowWorkingDays());
    if (order != null) {
      start.setVariable(IdCardReissueProcess.VAR_PAYMENT_ORDER_NUMBER, order.orderNumber())
          .setVariable(IdCardReissueProcess.VAR_PAYMENT_DEADLINE, date(order.expiresAt()));
    }
    start.execute();
  }

  /** ID-2: the platform's notice reaches the application waiting for its fee, or is refused. */
  @EventListener
  void paymentConfirmed(PaymentConfirmed event) {
    if (event.order().business() == Business.ID_CARD_REISSUE) {
      correlate(IdCardReissueProcess.MESSAGE_PAYMENT_CONFIRMED, event.order().reference(),
          PaymentErrors.PAYMENT_ORDER_CLOSED, "该申请已不再等待缴费");
    }
  }

  void delivered(String serial) {
    correlate(IdCardReissueProcess.MESSAGE_CARD_DELIVERED, serial, IdCardErrors.PARCEL_REPORT_NOT_EXPECTED,
        "该邮件的投递结果已登记");
  }

  void temporaryCardRequested(String serial) {
    correlate(IdCardReissueProcess.MESSAGE_TEMPORARY_CARD_REQUESTED, serial,
        IdCardErrors.TEMPORARY_CARD_NOT_AVAILABLE, "该申请当前不能办理临时居民身份证");
  }

  private void correlate(String message, String serial, String code, String notWaiting) {
    messages.deliver(message, serial, Map.of(), () -> BusinessException.conflict(code, notWaiting));
  }

  private static Date date(OffsetDateTime time) {
    return Date.from(time.toInstant());
  }
}
