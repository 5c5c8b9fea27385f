package cn.trafficpolice.eservices.plate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(PlatePreselectionProcess.BEAN_RELEASE_EXPIRED_PLATE)
public class ReleaseExpiredPlateDelegate implements JavaDelegate {

  private final PreselectionOutcomes outcomes;

  ReleaseExpiredPlateDelegate(PreselectionOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.expire(PlatePreselectionProcess.selectionId(execution));
  }
}
