package cn.trafficpolice.eservices.plate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.support.Concurrently;
import cn.trafficpolice.eservices.support.PostgresIntegrationTest;
import cn.trafficpolice.eservices.workingday.WorkingDayExpressions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * PP-12 on PostgreSQL (mvn verify -Ppostgres -Dtest.datasource.url=…): threads, and two engine instances — the
 * application's and a second standalone engine on the same database, as a second node — reserving and starting
 * pre-selections for the same plates: one winner per plate, one process instance per winner.
 */
@PostgresIntegrationTest
class ConcurrentReservationPostgresIT extends ConcurrentReservationScenario {

  @Autowired
  DataSource dataSource;
  @Autowired
  PlatePoolStore pool;
  @Autowired
  ApplicationService applications;
  @Autowired
  PlatePreselectionStarter starter;
  @Autowired
  PlateProperties properties;
  @Autowired
  WorkingDayExpressions workingDays;
  @Autowired
  Clock clock;
  @Autowired
  ProcessEngine engine;

  @Test
  void twoEngineInstancesOneWinnerPerPlate() throws Exception { // PP-12
    ProcessEngine second = secondNode();
    try {
      PlateSelector nodeA = selector;
      PlateSelector nodeB = new PlateSelector(pool, selections, applications,
          new PlatePreselectionStarter(second.getRuntimeService()), properties, workingDays, clock);
      List<String> plates = freshPlates();
      List<PlateSelection> vehicles = freshSelections(THREADS);
      AtomicInteger next = new AtomicInteger();

      List<Object> outcomes = Concurrently.run(THREADS, () -> {
        int i = next.getAndIncrement();
        PlateSelector node = i % 2 == 0 ? nodeA : nodeB;
        return transactions.execute(tx -> node.reserve(vehicles.get(i), plates.get(i % PLATES)));
      });

      assertOneWinnerPerPlate(plates, outcomes);
      long instances = outcomes.stream().filter(o -> o instanceof PlateSelection)
          .filter(o -> engine.getRuntimeService().createProcessInstanceQuery()
              .processInstanceBusinessKey(((PlateSelection) o).serialNumber()).count() == 1).count();
      assertThat(instances).isEqualTo(PLATES);
    } finally {
      second.close();
    }
  }

  /** A second node: its own engine on the same database, joining the caller's transaction like the first. */
  private ProcessEngine secondNode() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration();
    config.setDataSource(new TransactionAwareDataSourceProxy(dataSource));
    config.setTransactionsExternallyManaged(true);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    config.setJobExecutorActivate(false);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setProcessEngineName("second-node-" + System.nanoTime());
    return config.buildProcessEngine();
  }
}
