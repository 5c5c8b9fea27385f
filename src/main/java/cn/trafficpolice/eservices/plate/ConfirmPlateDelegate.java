package cn.trafficpolice.eservices.plate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(PlatePreselectionProcess.BEAN_CONFIRM_PLATE)
public class ConfirmPlateDelegate implements JavaDelegate {

  private final PreselectionOutcomes outcomes;

  ConfirmPlateDelegate(PreselectionOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.confirm(PlatePreselectionProcess.selectionId(execution));
  }
}
