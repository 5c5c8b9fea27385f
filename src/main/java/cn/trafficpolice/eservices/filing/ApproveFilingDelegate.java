package cn.trafficpolice.eservices.filing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(VehicleFilingProcess.BEAN_APPROVE_FILING)
public class ApproveFilingDelegate implements JavaDelegate {

  private final FilingOutcomes outcomes;

  ApproveFilingDelegate(FilingOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.approve(VehicleFilingProcess.filingId(execution));
  }
}
