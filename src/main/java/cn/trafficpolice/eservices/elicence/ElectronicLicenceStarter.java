package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.error.BusinessException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The one entry of the e-licence business into the engine. */
@Component
class ElectronicLicenceStarter {

  private final RuntimeService runtime;

  ElectronicLicenceStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * In the caller's transaction: the application and its process exist together or not at all. With a retained
   * photo the e-licence is generated before this returns (EL-2).
   */
  void start(String serial, String licenceStates, boolean medicalCheckOverdue, PhotoSource source) {
    runtime.createProcessInstanceByKey(ElectronicLicenceProcess.KEY)
        .businessKey(serial)
        .setVariable(ElectronicLicenceProcess.VAR_LICENCE_STATES, licenceStates)
        .setVariable(ElectronicLicenceProcess.VAR_MEDICAL_CHECK_OVERDUE, medicalCheckOverdue)
        .setVariable(ElectronicLicenceProcess.VAR_PHOTO_SOURCE, source.name())
        .execute();
  }

  /** EL-3: after the last rejection the application may be on its way to the window: then the photo is late. */
  void newPhotoUploaded(String serial) {
    try {
      runtime.createMessageCorrelation(ElectronicLicenceProcess.MESSAGE_NEW_PHOTO_UPLOADED)
          .processInstanceBusinessKey(serial)
          .correlate();
    } catch (MismatchingMessageCorrelationException late) {
      throw BusinessException.conflict(ElectronicLicenceErrors.PHOTO_NOT_EXPECTED, "该申请当前不能重新上传照片");
    }
  }
}
