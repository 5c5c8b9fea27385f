package cn.trafficpolice.eservices.filing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(VehicleFilingProcess.BEAN_REJECT_FILING)
public class RejectFilingDelegate implements JavaDelegate {

  private final FilingOutcomes outcomes;

  RejectFilingDelegate(FilingOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReviewDecision decision = ReviewDecision.of(VehicleFilingProcess.photoApproved(execution),
        VehicleFilingProcess.rejectionReason(execution), VehicleFilingProcess.reviewNote(execution));
    outcomes.reject(VehicleFilingProcess.filingId(execution), decision.reason(), decision.note());
  }
}
