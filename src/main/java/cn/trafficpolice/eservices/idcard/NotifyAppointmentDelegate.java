package cn.trafficpolice.eservices.idcard;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyAppointment: ID-3, the time and place the clerk offered. */
@Component(IdCardReissueProcess.BEAN_NOTIFY_APPOINTMENT)
public class NotifyAppointmentDelegate implements JavaDelegate {

  private final IdCardFulfilment fulfilment;
  private final ZoneId zone;

  NotifyAppointmentDelegate(IdCardFulfilment fulfilment, Clock clock) {
    this.fulfilment = fulfilment;
    this.zone = clock.getZone();
  }

  @Override
  public void execute(DelegateExecution execution) {
    OffsetDateTime time = IdCardReissueProcess.appointmentTime(execution).toInstant().atZone(zone)
        .toOffsetDateTime();
    fulfilment.bookAppointment(execution.getProcessBusinessKey(), time,
        IdCardReissueProcess.appointmentPlace(execution).trim());
  }
}
