package cn.trafficpolice.eservices.idcard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AcceptApplication: ID-2 paid online, or ID-3 fingerprinted and paid at the office. */
@Component(IdCardReissueProcess.BEAN_ACCEPT_APPLICATION)
public class AcceptApplicationDelegate implements JavaDelegate {

  private final IdCardFulfilment fulfilment;

  AcceptApplicationDelegate(IdCardFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.accept(execution.getProcessBusinessKey());
  }
}
