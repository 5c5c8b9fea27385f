package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.error.BusinessException;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_ChaseParcel (LL-4): refuses it without one of the outcomes and what the postal service said,
 * whatever form or client completes it, since the outcome decides blacklisting (LL-9).
 */
@Component(LicenceLossProcess.BEAN_CHECK_PARCEL_CHASE)
class CheckParcelChaseListener implements TaskListener {

  static final String PARCEL_CHASE_INCOMPLETE = "PARCEL_CHASE_INCOMPLETE";
  static final int MAX_NOTE_LENGTH = 200;

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable(LicenceLossProcess.PARCEL_OUTCOME);
    if (Arrays.stream(ParcelOutcome.values()).noneMatch(o -> o.name().equals(outcome))) {
      throw BusinessException.invalid(PARCEL_CHASE_INCOMPLETE, "请选择投递结果：已签收、拒收或退回");
    }
    if (!(task.getVariable(LicenceLossProcess.PARCEL_CHASE_NOTE) instanceof String note) || note.isBlank()
        || note.length() > MAX_NOTE_LENGTH) {
      throw BusinessException.invalid(PARCEL_CHASE_INCOMPLETE, "请填写邮政的查询答复（不超过" + MAX_NOTE_LENGTH + "字）");
    }
  }
}
