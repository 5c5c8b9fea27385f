package cn.trafficpolice.eservices.idcard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CompleteDelivered: the parcel was signed for. */
@Component(IdCardReissueProcess.BEAN_COMPLETE_DELIVERED)
public class CompleteDeliveredDelegate implements JavaDelegate {

  private final IdCardFulfilment fulfilment;

  CompleteDeliveredDelegate(IdCardFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.completeDelivered(execution.getProcessBusinessKey());
  }
}
