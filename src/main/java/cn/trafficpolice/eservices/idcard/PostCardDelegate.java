package cn.trafficpolice.eservices.idcard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PostCard: handed to the postal service, with tracking. */
@Component(IdCardReissueProcess.BEAN_POST_CARD)
public class PostCardDelegate implements JavaDelegate {

  private final IdCardFulfilment fulfilment;

  PostCardDelegate(IdCardFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tracking = fulfilment.post(execution.getProcessBusinessKey());
    execution.setVariable(IdCardReissueProcess.VAR_TRACKING_NUMBER, tracking);
  }
}
