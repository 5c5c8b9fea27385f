package cn.trafficpolice.eservices.postgres;

import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * A bare engine in the test's own JVM on the nodes' database, to deploy and start a test process the nodes then
 * run (the nodes' jar deploys only processes/). No job executor, no schema changes, no metrics of its own.
 */
final class TestEngine {

  private TestEngine() {
  }

  static <T> T on(String databaseUrl, Function<ProcessEngine, T> work) {
    ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("test-" + System.nanoTime());
    configuration.setJdbcUrl(databaseUrl);
    configuration.setJdbcUsername("postgres");
    configuration.setJdbcPassword("");
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setMetricsEnabled(false);
    configuration.setJavaSerializationFormatEnabled(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      return work.apply(engine);
    } finally {
      engine.close();
    }
  }
}
