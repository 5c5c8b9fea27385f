package cn.trafficpolice.eservices.idcard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CompleteCollected: the citizen collected the card. */
@Component(IdCardReissueProcess.BEAN_COMPLETE_COLLECTED)
public class CompleteCollectedDelegate implements JavaDelegate {

  private final IdCardFulfilment fulfilment;

  CompleteCollectedDelegate(IdCardFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.completeCollected(execution.getProcessBusinessKey());
  }
}
