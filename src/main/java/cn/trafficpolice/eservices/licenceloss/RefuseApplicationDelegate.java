package cn.trafficpolice.eservices.licenceloss;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RefuseApplication: rejected with the reason, by SMS (SH-6). */
@Component(LicenceLossProcess.BEAN_REFUSE_APPLICATION)
class RefuseApplicationDelegate implements JavaDelegate {

  private final LicenceLossFulfilment fulfilment;

  RefuseApplicationDelegate(LicenceLossFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.refuse(execution.getProcessBusinessKey(),
        (String) execution.getVariable(LicenceLossProcess.REFUSAL_REASON));
  }
}
