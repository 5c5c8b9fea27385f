package cn.trafficpolice.eservices.licenceloss;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PostLicence: handed to the postal service (LL-4). */
@Component(LicenceLossProcess.BEAN_POST_LICENCE)
class PostLicenceDelegate implements JavaDelegate {

  private final LicenceLossFulfilment fulfilment;

  PostLicenceDelegate(LicenceLossFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tracking = fulfilment.post(execution.getProcessBusinessKey());
    execution.setVariable(LicenceLossProcess.TRACKING_NUMBER, tracking);
  }
}
