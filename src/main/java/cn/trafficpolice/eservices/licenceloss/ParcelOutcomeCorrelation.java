package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.application.ApplicationMessages;
import cn.trafficpolice.eservices.error.BusinessException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Delivers the postal service's report on a parcel to the application's process waiting for it. */
@Component
class ParcelOutcomeCorrelation {

  static final String PARCEL_OUTCOME_NOT_EXPECTED = "PARCEL_OUTCOME_NOT_EXPECTED";

  private final LicenceLossFulfilment fulfilment;
  private final ApplicationMessages messages;

  ParcelOutcomeCorrelation(LicenceLossFulfilment fulfilment, ApplicationMessages messages) {
    this.fulfilment = fulfilment;
    this.messages = messages;
  }

  @Transactional
  public void report(String trackingNumber, ParcelOutcome outcome) {
    String serial = fulfilment.serialOfParcel(trackingNumber);
    messages.deliver(LicenceLossProcess.MESSAGE_PARCEL_OUTCOME, serial,
        Map.of(LicenceLossProcess.PARCEL_OUTCOME, outcome.name()),
        () -> BusinessException.conflict(PARCEL_OUTCOME_NOT_EXPECTED, "该邮件的投递结果已登记"));
  }
}
