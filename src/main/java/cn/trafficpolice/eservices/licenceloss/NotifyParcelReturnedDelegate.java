package cn.trafficpolice.eservices.licenceloss;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyParcelReturned: LL-4, the parcel came back undelivered. */
@Component(LicenceLossProcess.BEAN_NOTIFY_PARCEL_RETURNED)
class NotifyParcelReturnedDelegate implements JavaDelegate {

  private final LicenceLossFulfilment fulfilment;

  NotifyParcelReturnedDelegate(LicenceLossFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.parcelReturned(execution.getProcessBusinessKey());
  }
}
