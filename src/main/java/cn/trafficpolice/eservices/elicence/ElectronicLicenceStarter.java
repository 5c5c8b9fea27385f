package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.application.ApplicationMessages;
import cn.trafficpolice.eservices.error.BusinessException;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The one entry of the e-licence business into the engine. */
@Component
class ElectronicLicenceStarter {

  private final RuntimeService runtime;
  private final ApplicationMessages messages;

  ElectronicLicenceStarter(RuntimeService runtime, ApplicationMessages messages) {
    this.runtime = runtime;
    this.messages = messages;
  }

  /**
   * In the caller's transaction: the application and its process exist together or not at all. Eligibility (EL-1)
   * was checked before; with a retained photo the generation job follows at once (EL-2).
   */
  void start(String serial, PhotoSource source) {
    runtime.createProcessInstanceByKey(ElectronicLicenceProcess.KEY)
        .businessKey(serial)
        .setVariable(ElectronicLicenceProcess.VAR_PHOTO_SOURCE, source.name())
        .execute();
  }

  /** EL-3: after the last rejection the application may be on its way to the window: then the photo is late. */
  void newPhotoUploaded(String serial) {
    messages.deliver(ElectronicLicenceProcess.MESSAGE_NEW_PHOTO_UPLOADED, serial, Map.of(),
        () -> BusinessException.conflict(ElectronicLicenceErrors.PHOTO_NOT_EXPECTED, "该申请当前不能重新上传照片"));
  }
}
