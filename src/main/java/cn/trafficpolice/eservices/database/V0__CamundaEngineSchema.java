package cn.trafficpolice.eservices.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * The engine's tables, versioned with the app's: on a new database, Camunda's own creation scripts for the engine
 * version on the classpath, in the order the engine itself runs them. A database whose engine tables exist (one
 * created before this migration, by the engine's schema update) is left as it is; {@link EngineSchemaVersion}
 * checks at every start that its version is the one this node runs. Each later engine upgrade is a migration of its
 * own that runs Camunda's upgrade script for the database (README, "Upgrading a node").
 */
@Component
class V0__CamundaEngineSchema extends BaseJavaMigration {

  private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine",
      "case.history", "decision.engine", "decision.history");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (EngineSchemaVersion.engineTablesPresent(connection)) {
      return;
    }
    String database = EngineSchemaVersion.databaseType(connection);
    for (String part : PARTS) {
      ScriptUtils.executeSqlScript(connection,
          new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql".formatted(database, part)));
    }
  }
}
