package cn.trafficpolice.eservices.idcard;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** On completing any clerk's or head's task: refuses the completion unless its decision is complete. */
@Component(IdCardReissueProcess.BEAN_CLERK_DECISION)
public class ClerkDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ClerkDecisions.check(task.getTaskDefinitionKey(), task, ClockUtil.getCurrentTime().toInstant());
  }
}
