package cn.trafficpolice.eservices.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestComponent;

/**
 * Moves the one clock of the application (engine and services alike) and runs the jobs that are then due, as the
 * job executor would. Reset it after each test with {@link #reset()}.
 */
@TestComponent
public class EngineTime {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final ManagementService management;

  public EngineTime(ManagementService management) {
    this.management = management;
  }

  /** Sets the clock to a wall-clock time in China. */
  public void setTo(LocalDateTime chinaTime) {
    ClockUtil.setCurrentTime(Date.from(chinaTime.atZone(CHINA).toInstant()));
  }

  public LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), CHINA);
  }

  /** Moves the clock to the given time and executes every job due by then, repeatedly, until none is left. */
  public int advanceTo(LocalDateTime chinaTime) {
    setTo(chinaTime);
    return runDueJobs();
  }

  /** Executes the jobs due now (async continuations and timers), including those the executed ones create. */
  public int runDueJobs() {
    int executed = 0;
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
        executed++;
      }
    }
    throw new IllegalStateException("jobs keep creating due jobs; is a timer firing in a loop?");
  }

  public void reset() {
    ClockUtil.reset();
  }
}
