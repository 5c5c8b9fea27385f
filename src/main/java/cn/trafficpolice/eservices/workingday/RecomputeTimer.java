package cn.trafficpolice.eservices.workingday;

import java.util.Date;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Recomputes one timer whose date is a working-day expression, as of the timer's creation; answers the move, or
 * null when it stays. Timers given by a duration or a cycle, or not using {@code workingDays}, are left alone.
 */
final class RecomputeTimer implements Command<TimerMoved> {

  private final String jobId;
  private final WorkingDayExpressions workingDays;

  RecomputeTimer(String jobId, WorkingDayExpressions workingDays) {
    this.jobId = jobId;
    this.workingDays = workingDays;
  }

  @Override
  public TimerMoved execute(CommandContext context) {
    JobEntity job = context.getJobManager().findJobById(jobId);
    if (job == null || job.getExecutionId() == null || job.getCreateTime() == null) {
      return null;
    }
    String expression = timeDate(context, job);
    if (expression == null || !WorkingDayExpressions.uses(expression)) {
      return null;
    }
    ExecutionEntity execution = context.getExecutionManager().findExecutionById(job.getExecutionId());
    Object recomputed = workingDays.asOf(job.getCreateTime(), () -> context.getProcessEngineConfiguration()
        .getExpressionManager().createExpression(expression).getValue(execution));
    if (!(recomputed instanceof Date due) || due.equals(job.getDuedate())) {
      return null;
    }
    // the engine's own recalculation sets the date, reschedules and writes the operation log
    workingDays.asOf(job.getCreateTime(), () -> new RecalculateJobDuedateCmd(jobId, true).execute(context));
    return new TimerMoved(job.getProcessDefinitionKey(), job.getActivityId(), execution.getProcessBusinessKey(), due);
  }

  private static String timeDate(CommandContext context, JobEntity job) {
    ModelElementInstance event = context.getProcessEngineConfiguration().getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(job.getProcessDefinitionId())
        .getModelElementById(job.getActivityId());
    if (event == null) {
      return null;
    }
    for (TimerEventDefinition timer : event.getChildElementsByType(TimerEventDefinition.class)) {
      TimeDate date = timer.getTimeDate();
      if (date != null) {
        return date.getTextContent().trim();
      }
    }
    return null;
  }
}
