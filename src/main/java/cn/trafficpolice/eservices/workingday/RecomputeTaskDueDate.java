package cn.trafficpolice.eservices.workingday;

import java.util.Date;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Recomputes an open user task's due date from its task definition's working-day expression, in the task's
 * execution and as of the task's creation; answers whether it moved.
 */
final class RecomputeTaskDueDate implements Command<Boolean> {

  private final String taskId;
  private final WorkingDayExpressions workingDays;

  RecomputeTaskDueDate(String taskId, WorkingDayExpressions workingDays) {
    this.taskId = taskId;
    this.workingDays = workingDays;
  }

  @Override
  public Boolean execute(CommandContext context) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getTaskDefinition() == null || task.getExecution() == null) {
      return false;
    }
    Expression expression = task.getTaskDefinition().getDueDateExpression();
    if (expression == null || !WorkingDayExpressions.uses(expression.getExpressionText())) {
      return false;
    }
    Object recomputed = workingDays.asOf(task.getCreateTime(), () -> expression.getValue(task.getExecution()));
    if (!(recomputed instanceof Date due) || due.equals(task.getDueDate())) {
      return false;
    }
    task.setDueDate(due);
    return true;
  }
}
