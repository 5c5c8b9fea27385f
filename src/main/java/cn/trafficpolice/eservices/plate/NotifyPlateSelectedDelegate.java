package cn.trafficpolice.eservices.plate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(PlatePreselectionProcess.BEAN_NOTIFY_SELECTED)
public class NotifyPlateSelectedDelegate implements JavaDelegate {

  private final PreselectionOutcomes outcomes;

  NotifyPlateSelectedDelegate(PreselectionOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.notifySelected(PlatePreselectionProcess.selectionId(execution));
  }
}
