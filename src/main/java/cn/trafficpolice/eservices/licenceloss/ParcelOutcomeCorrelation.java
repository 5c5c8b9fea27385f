package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.error.BusinessException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Delivers the postal service's report on a parcel to the application's process waiting for it. */
@Component
class ParcelOutcomeCorrelation {

  static final String PARCEL_OUTCOME_NOT_EXPECTED = "PARCEL_OUTCOME_NOT_EXPECTED";

  private final LicenceLossFulfilment fulfilment;
  private final RuntimeService runtime;

  ParcelOutcomeCorrelation(LicenceLossFulfilment fulfilment, RuntimeService runtime) {
    this.fulfilment = fulfilment;
    this.runtime = runtime;
  }

  @Transactional
  public void report(String trackingNumber, ParcelOutcome outcome) {
    String serial = fulfilment.serialOfParcel(trackingNumber);
    try {
      runtime.createMessageCorrelation(LicenceLossProcess.MESSAGE_PARCEL_OUTCOME)
          .processInstanceBusinessKey(serial)
          .setVariable(LicenceLossProcess.PARCEL_OUTCOME, outcome.name())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException alreadyReported) {
      throw BusinessException.conflict(PARCEL_OUTCOME_NOT_EXPECTED, "该邮件的投递结果已登记");
    }
  }
}
