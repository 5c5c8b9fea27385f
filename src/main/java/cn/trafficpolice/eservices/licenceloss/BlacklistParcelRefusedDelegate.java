package cn.trafficpolice.eservices.licenceloss;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_BlacklistParcelRefused: LL-9, the parcel was refused. */
@Component(LicenceLossProcess.BEAN_BLACKLIST_PARCEL_REFUSED)
class BlacklistParcelRefusedDelegate implements JavaDelegate {

  private final LicenceLossFulfilment fulfilment;

  BlacklistParcelRefusedDelegate(LicenceLossFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.blacklistParcelRefused(execution.getProcessBusinessKey());
  }
}
