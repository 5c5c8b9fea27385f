package cn.trafficpolice.eservices.idcard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyReadyForPickup: ID-3, the card waits at the office. */
@Component(IdCardReissueProcess.BEAN_NOTIFY_READY_FOR_PICKUP)
public class NotifyReadyForPickupDelegate implements JavaDelegate {

  private final IdCardFulfilment fulfilment;

  NotifyReadyForPickupDelegate(IdCardFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.readyForPickup(execution.getProcessBusinessKey());
  }
}
