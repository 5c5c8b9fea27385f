package cn.trafficpolice.eservices.licenceloss;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckLicence: may the application still be accepted (LL-3, SH-5)? Decides Gateway_LicenceStillValid. */
@Component(LicenceLossProcess.BEAN_CHECK_LICENCE)
class CheckLicenceDelegate implements JavaDelegate {

  private final LicenceLossFulfilment fulfilment;

  CheckLicenceDelegate(LicenceLossFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<String> refusal = fulfilment.refusalAtAcceptance(execution.getProcessBusinessKey());
    execution.setVariable(LicenceLossProcess.ACCEPTED, refusal.isEmpty());
    refusal.ifPresent(reason -> execution.setVariable(LicenceLossProcess.REFUSAL_REASON, reason));
  }
}
