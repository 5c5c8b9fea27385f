package cn.trafficpolice.eservices.plateappeal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(PlateSelectionAppealProcess.BEAN_APPROVE_APPEAL)
public class ApproveAppealDelegate implements JavaDelegate {

  private final AppealOutcomes outcomes;

  ApproveAppealDelegate(AppealOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.approve(PlateSelectionAppealProcess.appealId(execution));
  }
}
