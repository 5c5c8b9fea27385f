package cn.trafficpolice.eservices.plateappeal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing the review task: refuses the completion unless the decision is valid (PA-2, PA-3). */
@Component(PlateSelectionAppealProcess.BEAN_REVIEW_DECISION)
public class AppealDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PlateSelectionAppealProcess.decision(task);
  }
}
