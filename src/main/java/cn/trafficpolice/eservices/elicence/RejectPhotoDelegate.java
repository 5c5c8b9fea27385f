package cn.trafficpolice.eservices.elicence;

import static cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the rejection and clears the decision, so that the next review of a new photo starts without the last
 * reviewer's answer.
 */
@Component(BEAN_REJECT_PHOTO)
public class RejectPhotoDelegate implements JavaDelegate {

  private final ElectronicLicenceOutcomes outcomes;

  RejectPhotoDelegate(ElectronicLicenceOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PhotoReviewDecision decision = PhotoReviewDecision.of(photoApproved(execution), rejectionReason(execution),
        reviewNote(execution));
    int rejections = outcomes.rejectPhoto(execution.getProcessBusinessKey(), decision);
    execution.setVariable(VAR_PHOTO_REJECTIONS, rejections);
    execution.removeVariables(List.of(VAR_PHOTO_APPROVED, VAR_REJECTION_REASON, VAR_REVIEW_NOTE));
  }
}
