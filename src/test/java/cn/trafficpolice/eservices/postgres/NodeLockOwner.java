package cn.trafficpolice.eservices.postgres;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Added to the cluster test's nodes only (spring.main.sources, never component-scanned): the job executor's lock
 * owner starts with the engine hostname, so that ACT_RU_JOB.LOCK_OWNER_ tells which node holds a job. The random
 * part stays, so two nodes never share a lock owner.
 */
public class NodeLockOwner extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobs = configuration.getJobExecutor();
    jobs.setLockOwner(configuration.getHostname() + "/" + jobs.getLockOwner());
  }
}
