package cn.trafficpolice.eservices.idcard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ExpireAppointment: ID-3, the appointment was not kept in time. */
@Component(IdCardReissueProcess.BEAN_EXPIRE_APPOINTMENT)
public class ExpireAppointmentDelegate implements JavaDelegate {

  private final IdCardFulfilment fulfilment;

  ExpireAppointmentDelegate(IdCardFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.expireAppointment(execution.getProcessBusinessKey());
  }
}
