package cn.trafficpolice.eservices.licenceloss;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_HandOverLicence: refuses it without the decision, and a handover without the ID check (the
 * form asks for both, but the engine must not rely on a form), and records which clerk handed the licence over.
 */
@Component(LicenceLossProcess.BEAN_CHECK_HANDOVER)
class CheckHandoverListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    HandoverRules.require(task.getVariable(LicenceLossProcess.ID_CHECKED),
        task.getVariable(LicenceLossProcess.LICENCE_HANDED_OVER));
    String clerk = task.getAssignee();
    if (clerk == null) {
      Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      clerk = current == null ? null : current.getUserId();
    }
    task.setVariable(LicenceLossProcess.HANDED_OVER_BY, clerk);
  }
}
