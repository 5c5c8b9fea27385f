package cn.trafficpolice.eservices.idcard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RejectAppointment: ID-3, returned with the clerk's reason. */
@Component(IdCardReissueProcess.BEAN_REJECT_APPOINTMENT)
public class RejectAppointmentDelegate implements JavaDelegate {

  private final IdCardFulfilment fulfilment;

  RejectAppointmentDelegate(IdCardFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fulfilment.rejectAppointment(execution.getProcessBusinessKey(),
        IdCardReissueProcess.rejectionReason(execution).trim());
  }
}
