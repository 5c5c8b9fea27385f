package cn.trafficpolice.eservices.database;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.PostgresIntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue 14: on PostgreSQL the application's statements stay unnamed however often they run, so that the server
 * plans each with its values (a queue of 100 is not read with the plan of a queue of 100,000); a URL that sets the
 * driver's threshold itself is obeyed.
 */
@PostgresIntegrationTest
class PostgresStatementPlanningIT {

  /** More than the driver's default threshold (5), after which it would name the statement on the server. */
  private static final int EXECUTIONS = 10;

  @Autowired
  DataSource dataSource;
  @Value("${spring.datasource.url}")
  String url;

  @Test
  void statementsRunManyTimesAreNeverPreparedOnTheServer() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(serverPreparedAfterRepeatedQuery(connection)).isZero();
    }
  }

  @Test
  void aUrlThatSetsTheThresholdItselfKeepsIt() throws SQLException {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + PostgresStatementPlanning.PREPARE_THRESHOLD + "=1");
      pool.setUsername("postgres");
      new PostgresStatementPlanning().postProcessBeforeInitialization(pool, "dataSource");
      try (Connection connection = pool.getConnection()) {
        assertThat(serverPreparedAfterRepeatedQuery(connection)).isPositive();
      }
    }
  }

  private static long serverPreparedAfterRepeatedQuery(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM ACT_RU_TASK WHERE ID_ = ?")) {
      for (int i = 0; i < EXECUTIONS; i++) {
        query.setString(1, "task-" + i);
        query.executeQuery().close();
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_prepared_statements")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
