package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.application.ApplicationMessages;
import cn.trafficpolice.eservices.error.BusinessException;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The one entry of the filing business into the engine: starts the process and passes it the filer's photo. */
@Component
class VehicleFilingStarter {

  private final RuntimeService runtime;
  private final ApplicationMessages messages;

  VehicleFilingStarter(RuntimeService runtime, ApplicationMessages messages) {
    this.runtime = runtime;
    this.messages = messages;
  }

  /** In the caller's transaction: the filing and its process instance exist together or not at all. */
  void start(String serial, long filingId, boolean realPersonPassed) {
    runtime.createProcessInstanceByKey(VehicleFilingProcess.KEY)
        .businessKey(serial)
        .setVariable(VehicleFilingProcess.VAR_FILING_ID, filingId)
        .setVariable(VehicleFilingProcess.VAR_REAL_PERSON_PASSED, realPersonPassed)
        .execute();
  }

  /** NF-3: the upload period may have ended a moment ago, the closing still to run: then the photo is late. */
  void photoUploaded(String serial) {
    messages.deliver(VehicleFilingProcess.MESSAGE_PHOTO_UPLOADED, serial, Map.of(),
        () -> BusinessException.conflict(FilingErrors.PHOTO_NOT_EXPECTED, "该备案已超过上传照片的期限"));
  }
}
