package cn.trafficpolice.eservices.plate;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The one entry of plate pre-selection into the engine. */
@Component
public class PlatePreselectionStarter {

  private final RuntimeService runtime;

  public PlatePreselectionStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** In the caller's transaction: the reservation and its process instance exist together or not at all. */
  void start(String serial, long selectionId, Date selectedAt, int validityWorkingDays) {
    runtime.createProcessInstanceByKey(PlatePreselectionProcess.KEY)
        .businessKey(serial)
        .setVariable(PlatePreselectionProcess.VAR_SELECTION_ID, selectionId)
        .setVariable(PlatePreselectionProcess.VAR_SELECTED_AT, selectedAt)
        .setVariable(PlatePreselectionProcess.VAR_VALIDITY_WORKING_DAYS, validityWorkingDays)
        .execute();
  }

  void confirmed(String serial) {
    runtime.createMessageCorrelation(PlatePreselectionProcess.MESSAGE_PLATE_CONFIRMED)
        .processInstanceBusinessKey(serial)
        .correlate();
  }

  /** Ends the instance if it still waits; an instance already past the wait has nothing to end. */
  void cleared(String serial) {
    runtime.createMessageCorrelation(PlatePreselectionProcess.MESSAGE_PRESELECTION_CLEARED)
        .processInstanceBusinessKey(serial)
        .correlateAll();
  }
}
