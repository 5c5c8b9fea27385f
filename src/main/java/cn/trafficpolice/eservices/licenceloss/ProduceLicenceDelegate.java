package cn.trafficpolice.eservices.licenceloss;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ProduceLicence: the new licence is made. */
@Component(LicenceLossProcess.BEAN_PRODUCE_LICENCE)
class ProduceLicenceDelegate implements JavaDelegate {

  private final LicenceLossFulfilment fulfilment;

  ProduceLicenceDelegate(LicenceLossFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.produce(execution.getProcessBusinessKey());
  }
}
