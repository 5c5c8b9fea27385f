package cn.trafficpolice.eservices.elicence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(ElectronicLicenceProcess.BEAN_REFUSE_APPLICATION)
public class RefuseApplicationDelegate implements JavaDelegate {

  private final ElectronicLicenceOutcomes outcomes;

  RefuseApplicationDelegate(ElectronicLicenceOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.refuse(execution.getProcessBusinessKey(), ElectronicLicenceProcess.stateRefusal(execution));
  }
}
