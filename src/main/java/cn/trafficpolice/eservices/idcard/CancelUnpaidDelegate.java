package cn.trafficpolice.eservices.idcard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CancelUnpaid: ID-2, unpaid in time. */
@Component(IdCardReissueProcess.BEAN_CANCEL_UNPAID)
public class CancelUnpaidDelegate implements JavaDelegate {

  private final IdCardFulfilment fulfilment;

  CancelUnpaidDelegate(IdCardFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.cancelUnpaid(execution.getProcessBusinessKey());
  }
}
