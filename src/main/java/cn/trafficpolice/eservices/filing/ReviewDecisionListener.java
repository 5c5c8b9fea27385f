package cn.trafficpolice.eservices.filing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing the review task: refuses the completion unless the decision is valid (NF-3). */
@Component(VehicleFilingProcess.BEAN_REVIEW_DECISION)
public class ReviewDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ReviewDecision.of(VehicleFilingProcess.photoApproved(task), VehicleFilingProcess.rejectionReason(task),
        VehicleFilingProcess.reviewNote(task));
  }
}
