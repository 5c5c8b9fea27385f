package cn.trafficpolice.eservices.elicence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(ElectronicLicenceProcess.BEAN_DIRECT_TO_WINDOW)
public class DirectToWindowDelegate implements JavaDelegate {

  private final ElectronicLicenceOutcomes outcomes;

  DirectToWindowDelegate(ElectronicLicenceOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.directToWindow(execution.getProcessBusinessKey());
  }
}
