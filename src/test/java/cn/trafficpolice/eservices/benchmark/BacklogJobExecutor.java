package cn.trafficpolice.eservices.benchmark;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.context.ApplicationContext;

/**
 * The job executor of a node, for the benchmark whose profile turns it off: the engine's own executor, set as the
 * starter sets a node's from {@code camunda.bpm.job-execution} (acquisition, wait, back-off, lock time) and with a
 * pool of the sizes {@code monitoring/JobExecutorPool} gives a node (core, max, queue), then started; stopped again
 * by {@link #close()}. An executor that already runs (the job executor turned on) is measured as it is.
 */
final class BacklogJobExecutor implements AutoCloseable {

  private final JobExecutor executor;
  private final JobExecutionProperty settings;
  private final boolean startedHere;

  private BacklogJobExecutor(JobExecutor executor, JobExecutionProperty settings, boolean startedHere) {
    this.executor = executor;
    this.settings = settings;
    this.startedHere = startedHere;
  }

  static BacklogJobExecutor start(ProcessEngine engine, ApplicationContext context) {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
    JobExecutionProperty settings = context.getBean(CamundaBpmProperties.class).getJobExecution();
    if (executor.isActive()) {
      return new BacklogJobExecutor(executor, settings, false);
    }
    if (executor instanceof DefaultJobExecutor pool) {
      pool.setCorePoolSize(settings.getCorePoolSize());
      pool.setMaxPoolSize(settings.getMaxPoolSize());
      pool.setQueueSize(settings.getQueueCapacity());
    }
    Optional.ofNullable(settings.getLockTimeInMillis()).ifPresent(executor::setLockTimeInMillis);
    Optional.ofNullable(settings.getMaxJobsPerAcquisition()).ifPresent(executor::setMaxJobsPerAcquisition);
    Optional.ofNullable(settings.getWaitTimeInMillis()).ifPresent(executor::setWaitTimeInMillis);
    Optional.ofNullable(settings.getMaxWait()).ifPresent(executor::setMaxWait);
    Optional.ofNullable(settings.getBackoffTimeInMillis()).ifPresent(executor::setBackoffTimeInMillis);
    Optional.ofNullable(settings.getMaxBackoff()).ifPresent(executor::setMaxBackoff);
    Optional.ofNullable(settings.getBackoffDecreaseThreshold()).ifPresent(executor::setBackoffDecreaseThreshold);
    Optional.ofNullable(settings.getWaitIncreaseFactor()).ifPresent(executor::setWaitIncreaseFactor);
    // as the starter's executor: a job the full pool refuses is left for a later acquisition
    executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
    executor.start();
    return new BacklogJobExecutor(executor, settings, true);
  }

  int threads() {
    return settings.getMaxPoolSize();
  }

  /** The settings in effect, as the report prints them. */
  String settings() {
    return "threads " + settings.getCorePoolSize() + "–" + settings.getMaxPoolSize() + ", queue "
        + settings.getQueueCapacity() + ", per acquisition " + executor.getMaxJobsPerAcquisition() + ", wait "
        + executor.getWaitTimeInMillis() + " ms (max " + executor.getMaxWait() + " ms), back-off "
        + executor.getBackoffTimeInMillis() + " ms (max " + executor.getMaxBackoff() + " ms)";
  }

  @Override
  public void close() {
    if (startedHere) {
      executor.shutdown();
    }
  }
}
