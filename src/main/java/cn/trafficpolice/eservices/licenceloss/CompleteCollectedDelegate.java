package cn.trafficpolice.eservices.licenceloss;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CompleteCollected: the clerk handed the licence over. */
@Component(LicenceLossProcess.BEAN_COMPLETE_COLLECTED)
class CompleteCollectedDelegate implements JavaDelegate {

  private final LicenceLossFulfilment fulfilment;

  CompleteCollectedDelegate(LicenceLossFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.completeCollected(execution.getProcessBusinessKey(),
        (String) execution.getVariable(LicenceLossProcess.HANDED_OVER_BY));
  }
}
