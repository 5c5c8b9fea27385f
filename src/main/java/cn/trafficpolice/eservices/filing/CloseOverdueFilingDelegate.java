package cn.trafficpolice.eservices.filing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(VehicleFilingProcess.BEAN_CLOSE_OVERDUE_FILING)
public class CloseOverdueFilingDelegate implements JavaDelegate {

  private final FilingOutcomes outcomes;

  CloseOverdueFilingDelegate(FilingOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.closeOverdue(VehicleFilingProcess.filingId(execution));
  }
}
