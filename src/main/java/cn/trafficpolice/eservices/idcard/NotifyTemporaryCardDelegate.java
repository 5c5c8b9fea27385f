package cn.trafficpolice.eservices.idcard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyTemporaryCard: ID-4, the clerk's answer recorded and sent. */
@Component(IdCardReissueProcess.BEAN_NOTIFY_TEMPORARY_CARD)
public class NotifyTemporaryCardDelegate implements JavaDelegate {

  private final IdCardFulfilment fulfilment;

  NotifyTemporaryCardDelegate(IdCardFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.temporaryCardDecided(execution.getProcessBusinessKey(),
        IdCardReissueProcess.temporaryCardIssued(execution), IdCardReissueProcess.temporaryCardNote(execution).trim());
  }
}
