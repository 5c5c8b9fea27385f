package cn.trafficpolice.eservices.workingday;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * SH-4: after year Y's notice is loaded, the timers and open user-task due dates whose computation ran through Y
 * (created in or before Y, due in or after Y) are computed again from their own expression, as of their creation,
 * and moved when the result differs. Each one in its own engine transaction, so a single failure cannot undo others.
 */
@Component
class RunningWorkFollower {

  private static final Logger log = LoggerFactory.getLogger(RunningWorkFollower.class);

  private final ManagementService management;
  private final TaskService tasks;
  private final CommandExecutor commands;
  private final WorkingDayExpressions workingDays;
  private final ZoneId zone;
  private final ApplicationEventPublisher events;

  RunningWorkFollower(ProcessEngine engine, WorkingDayExpressions workingDays, Clock clock,
      ApplicationEventPublisher events) {
    this.management = engine.getManagementService();
    this.tasks = engine.getTaskService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.workingDays = workingDays;
    this.zone = clock.getZone();
    this.events = events;
  }

  Moved follow(int year) {
    Date yearStarts = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
    int timers = 0;
    for (Job job : management.createJobQuery().timers().duedateHigherThenOrEquals(yearStarts).list()) {
      TimerMoved moved = startedBy(job.getCreateTime(), year)
          ? commands.execute(new RecomputeTimer(job.getId(), workingDays)) : null;
      if (moved != null) {
        events.publishEvent(moved);
        timers++;
      }
    }
    int dueDates = 0;
    for (Task task : tasks.createTaskQuery().dueAfter(new Date(yearStarts.getTime() - 1)).list()) {
      if (task.getExecutionId() != null && startedBy(task.getCreateTime(), year)
          && commands.execute(new RecomputeTaskDueDate(task.getId(), workingDays))) {
        dueDates++;
      }
    }
    log.info("Working-day notice of {}: {} timers and {} task due dates moved", year, timers, dueDates);
    return new Moved(timers, dueDates);
  }

  private boolean startedBy(Date created, int year) {
    return created != null && ZonedDateTime.ofInstant(created.toInstant(), zone).getYear() <= year;
  }

  record Moved(int timers, int tasks) {
  }
}
