package cn.trafficpolice.eservices.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * After every migration run, before the engine starts: the engine schema in the database must be the version of
 * the engine on the classpath. A node of another version refuses to start instead of running on a schema it does
 * not know (the engine itself no longer updates the schema: camunda.bpm.database.schema-update is off).
 */
@Component
class EngineSchemaVersion implements Callback {

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    String expected = ProductPropertiesUtil.getProductVersion();
    String found;
    try {
      found = schemaVersion(context.getConnection());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the Camunda schema version", e);
    }
    if (!expected.equals(found)) {
      throw new IllegalStateException("The database holds the Camunda engine schema " + found + ", this node runs "
          + expected + ": upgrade the schema with Camunda's scripts first (README, \"Upgrading a node\")");
    }
  }

  @Override
  public String getCallbackName() {
    return "engine schema version";
  }

  static boolean engineTablesPresent(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String name : new String[] {"act_ge_schema_log", "ACT_GE_SCHEMA_LOG"}) {
      try (ResultSet tables = metaData.getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  static String databaseType(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    return switch (product) {
      case "H2" -> "h2";
      case "PostgreSQL" -> "postgres";
      default -> throw new IllegalStateException("no Camunda schema scripts for " + product);
    };
  }

  private static String schemaVersion(Connection connection) throws SQLException {
    if (!engineTablesPresent(connection)) {
      return "none";
    }
    try (Statement statement = connection.createStatement();
        ResultSet latest = statement.executeQuery(
            "SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG ORDER BY TIMESTAMP_ DESC, ID_ DESC")) {
      return latest.next() ? latest.getString(1) : "none";
    }
  }
}
