package cn.trafficpolice.eservices.plateappeal;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The one entry of the appeal business into the engine. */
@Component
class PlateAppealStarter {

  private final RuntimeService runtime;

  PlateAppealStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** In the caller's transaction: the appeal and its process instance exist together or not at all. */
  void start(String serial, long appealId) {
    runtime.createProcessInstanceByKey(PlateSelectionAppealProcess.KEY)
        .businessKey(serial)
        .setVariable(PlateSelectionAppealProcess.VAR_APPEAL_ID, appealId)
        .execute();
  }
}
