package cn.trafficpolice.eservices.licenceloss;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_BlacklistNotCollected: LL-9, not collected within the pickup period. */
@Component(LicenceLossProcess.BEAN_BLACKLIST_NOT_COLLECTED)
class BlacklistNotCollectedDelegate implements JavaDelegate {

  private final LicenceLossFulfilment fulfilment;

  BlacklistNotCollectedDelegate(LicenceLossFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.blacklistNotCollected(execution.getProcessBusinessKey());
  }
}
