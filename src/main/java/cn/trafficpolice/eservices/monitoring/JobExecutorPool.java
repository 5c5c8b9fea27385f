package cn.trafficpolice.eservices.monitoring;

import java.time.Duration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The job executor's threads, sized by camunda.bpm.job-execution as the starter would, but stopping gracefully:
 * a node that shuts down lets its running jobs finish (up to the shutdown phase's timeout) instead of interrupting
 * them. A node killed outright leaves its jobs locked; another node takes them once their lock time is over.
 */
@Configuration(proxyBeanMethods = false)
class JobExecutorPool {

  @Bean("camundaTaskExecutor")
  TaskExecutor camundaTaskExecutor(CamundaBpmProperties camunda,
      @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration shutdownTimeout) {
    JobExecutionProperty jobs = camunda.getJobExecution();
    ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    pool.setThreadNamePrefix("camunda-job-");
    pool.setCorePoolSize(jobs.getCorePoolSize());
    pool.setMaxPoolSize(jobs.getMaxPoolSize());
    pool.setQueueCapacity(jobs.getQueueCapacity());
    if (jobs.getKeepAliveSeconds() != null) {
      pool.setKeepAliveSeconds(jobs.getKeepAliveSeconds());
    }
    pool.setWaitForTasksToCompleteOnShutdown(true);
    pool.setAwaitTerminationSeconds((int) shutdownTimeout.toSeconds());
    return pool;
  }
}
