package cn.trafficpolice.eservices.filing;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The one entry of the filing business into the engine: starts the process and passes it the filer's photo. */
@Component
class VehicleFilingStarter {

  private final RuntimeService runtime;

  VehicleFilingStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** In the caller's transaction: the filing and its process instance exist together or not at all. */
  void start(String serial, long filingId, boolean realPersonPassed) {
    runtime.createProcessInstanceByKey(VehicleFilingProcess.KEY)
        .businessKey(serial)
        .setVariable(VehicleFilingProcess.VAR_FILING_ID, filingId)
        .setVariable(VehicleFilingProcess.VAR_REAL_PERSON_PASSED, realPersonPassed)
        .execute();
  }

  void photoUploaded(String serial) {
    runtime.createMessageCorrelation(VehicleFilingProcess.MESSAGE_PHOTO_UPLOADED)
        .processInstanceBusinessKey(serial)
        .correlate();
  }
}
