package cn.trafficpolice.eservices.elicence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(ElectronicLicenceProcess.BEAN_GENERATE_LICENCE)
public class GenerateDelegate implements JavaDelegate {

  private final ElectronicLicenceOutcomes outcomes;

  GenerateDelegate(ElectronicLicenceOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.generate(execution.getProcessBusinessKey());
  }
}
