package cn.trafficpolice.eservices.licenceloss;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyReadyForPickup: the licence waits at the window until the deadline (LL-4, LL-9). */
@Component(LicenceLossProcess.BEAN_NOTIFY_READY_FOR_PICKUP)
class NotifyReadyForPickupDelegate implements JavaDelegate {

  private final LicenceLossFulfilment fulfilment;

  NotifyReadyForPickupDelegate(LicenceLossFulfilment fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OffsetDateTime deadline = fulfilment.readyForPickup(execution.getProcessBusinessKey());
    execution.setVariable(LicenceLossProcess.PICKUP_DEADLINE, Date.from(deadline.toInstant()));
  }
}
