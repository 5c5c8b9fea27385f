package cn.trafficpolice.eservices.licenceloss;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CompleteDelivered: the citizen signed for the parcel. */
@Component(LicenceLossProcess.BEAN_COMPLETE_DELIVERED)
class CompleteDeliveredDelegate implements JavaDelegate {

  private final LicenceLossFulfilment fulfilment;

  CompleteDeliveredDelegate(LicenceLossFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.completeDelivered(execution.getProcessBusinessKey());
  }
}
