package cn.trafficpolice.eservices.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.trafficpolice.eservices.EServicesApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Operations: the engine's tables are created by Flyway with Camunda's scripts, and a node refuses a database whose
 * schema it does not know — an engine schema of another version, or a migration of a newer node.
 */
class EngineSchemaIT {

  private final String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private final JdbcClient database = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));

  @Test
  void aNewDatabaseGetsTheEngineSchemaAsMigrationZero() {
    start().close();

    assertThat(database.sql("SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = '0'").query(Boolean.class)
        .single()).isTrue();
    assertThat(database.sql("SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG").query(String.class).list())
        .containsExactly("7.24.0");
  }

  @Test
  void aNodeRefusesAnEngineSchemaOfAnotherVersion() {
    start().close();
    database.sql("INSERT INTO ACT_GE_SCHEMA_LOG (ID_, TIMESTAMP_, VERSION_) VALUES ('9999', DATEADD('DAY', 1, "
        + "CURRENT_TIMESTAMP), '7.25.0')").update();

    assertThatThrownBy(this::start).hasStackTraceContaining("Camunda engine schema 7.25.0");
  }

  @Test
  void aNodeRefusesADatabaseMigratedByANewerNode() {
    start().close();
    database.sql("""
        INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                                             "checksum", "installed_by", "execution_time", "success")
        VALUES (9999, '9999', 'from a newer node', 'SQL', 'V9999__from_a_newer_node.sql', 0, 'sa', 0, TRUE)""")
        .update();

    assertThatThrownBy(this::start).hasStackTraceContaining("9999");
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(EServicesApplication.class).profiles("demo", "test")
        .run("--spring.datasource.url=" + url, "--server.port=0");
  }
}
