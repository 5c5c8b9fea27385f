package cn.trafficpolice.eservices.elicence;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing the photo review: refuses the completion unless the decision is valid (EL-3). */
@Component(ElectronicLicenceProcess.BEAN_REVIEW_DECISION)
public class ReviewDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PhotoReviewDecision.of(ElectronicLicenceProcess.photoApproved(task),
        ElectronicLicenceProcess.rejectionReason(task), ElectronicLicenceProcess.reviewNote(task));
  }
}
