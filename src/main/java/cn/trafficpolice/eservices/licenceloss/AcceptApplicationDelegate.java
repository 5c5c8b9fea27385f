package cn.trafficpolice.eservices.licenceloss;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AcceptApplication: accepted, the original licence void (LL-7), by SMS (SH-6). */
@Component(LicenceLossProcess.BEAN_ACCEPT_APPLICATION)
class AcceptApplicationDelegate implements JavaDelegate {

  private final LicenceLossFulfilment fulfilment;

  AcceptApplicationDelegate(LicenceLossFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.accept(execution.getProcessBusinessKey());
  }
}
