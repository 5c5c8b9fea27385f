package cn.trafficpolice.eservices.plateappeal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(PlateSelectionAppealProcess.BEAN_REJECT_APPEAL)
public class RejectAppealDelegate implements JavaDelegate {

  private final AppealOutcomes outcomes;

  RejectAppealDelegate(AppealOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AppealDecision decision = PlateSelectionAppealProcess.decision(execution);
    outcomes.reject(PlateSelectionAppealProcess.appealId(execution), decision.explanation());
  }
}
