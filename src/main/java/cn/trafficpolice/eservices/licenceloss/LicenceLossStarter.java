package cn.trafficpolice.eservices.licenceloss;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that starts {@value LicenceLossProcess#KEY}: the application is recorded and its process started
 * in one transaction, so there is never one without the other. The first wait (the acceptance timer) commits it.
 */
@Component
public class LicenceLossStarter {

  private final LicenceLossService service;
  private final RuntimeService runtime;

  LicenceLossStarter(LicenceLossService service, RuntimeService runtime) {
    this.service = service;
    this.runtime = runtime;
  }

  /** @return the serial number (SH-2) */
  @Transactional
  public String submit(long citizenId, Submission submission) {
    LicenceLossService.Submitted submitted = service.submit(citizenId, submission);
    runtime.createProcessInstanceByKey(LicenceLossProcess.KEY)
        .businessKey(submitted.serialNumber())
        .setVariable(LicenceLossProcess.SUBMITTED_AT, Date.from(submitted.submittedAt()))
        .setVariable(LicenceLossProcess.DELIVERY_METHOD, submitted.deliveryMethod().name())
        .execute();
    return submitted.serialNumber();
  }
}
