package cn.trafficpolice.eservices.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/** Issue 14: which pools plan every statement with its values (PostgresStatementPlanningIT shows it on the server). */
class PostgresStatementPlanningTest {

  private final PostgresStatementPlanning planning = new PostgresStatementPlanning();

  @Test
  void aPostgresPoolKeepsItsStatementsUnnamed() {
    HikariDataSource pool = pool("jdbc:postgresql://db.example:5432/eservices");

    planning.postProcessBeforeInitialization(pool, "dataSource");

    assertThat(pool.getDataSourceProperties()).containsEntry(PostgresStatementPlanning.PREPARE_THRESHOLD, "0");
  }

  @Test
  void aThresholdTheOperatorConfiguredIsKept() {
    HikariDataSource pool = pool("jdbc:postgresql://db.example:5432/eservices");
    pool.addDataSourceProperty(PostgresStatementPlanning.PREPARE_THRESHOLD, "3");

    planning.postProcessBeforeInitialization(pool, "dataSource");

    assertThat(pool.getDataSourceProperties()).containsEntry(PostgresStatementPlanning.PREPARE_THRESHOLD, "3");
  }

  @Test
  void anH2PoolIsLeftAsItIs() {
    HikariDataSource pool = pool("jdbc:h2:file:./data/eservices");

    planning.postProcessBeforeInitialization(pool, "dataSource");

    assertThat(pool.getDataSourceProperties()).isEmpty();
  }

  private static HikariDataSource pool(String url) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    return pool;
  }
}
