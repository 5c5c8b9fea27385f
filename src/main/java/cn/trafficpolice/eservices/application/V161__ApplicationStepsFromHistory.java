package cn.trafficpolice.eservices.application;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Once, on a database that ran before progress was kept in the app's tables: copies the steps of every application
 * from the engine's history into {@code application_step}, read from each deployed diagram's {@code citizenStep}
 * properties as they were then. A new database has no history yet and nothing to copy.
 */
@Component
class V161__ApplicationStepsFromHistory extends BaseJavaMigration {

  private final ZoneId zone;

  V161__ApplicationStepsFromHistory(Clock clock) {
    this.zone = clock.getZone();
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!hasTable(connection.getMetaData(), "act_hi_actinst")) {
      return;
    }
    JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    Map<String, Map<String, String>> stepsByDefinition = new HashMap<>();
    jdbc.sql("""
            SELECT d.ID_, b.BYTES_ FROM ACT_RE_PROCDEF d
            JOIN ACT_GE_BYTEARRAY b ON b.DEPLOYMENT_ID_ = d.DEPLOYMENT_ID_ AND b.NAME_ = d.RESOURCE_NAME_""")
        .query(rs -> {
          stepsByDefinition.put(rs.getString(1), steps(rs.getBytes(2)));
        });
    jdbc.sql("""
            SELECT p.BUSINESS_KEY_, a.ID_, a.ACT_ID_, a.PROC_DEF_ID_, a.START_TIME_, a.END_TIME_
            FROM ACT_HI_ACTINST a JOIN ACT_HI_PROCINST p ON p.ID_ = a.PROC_INST_ID_
            WHERE p.BUSINESS_KEY_ IS NOT NULL
            ORDER BY a.START_TIME_, a.SEQUENCE_COUNTER_""")
        .query(rs -> {
          String step = stepsByDefinition.getOrDefault(rs.getString(4), Map.of()).get(rs.getString(3));
          if (step != null) {
            jdbc.sql("""
                    INSERT INTO application_step (serial_number, activity_instance_id, step, started_at, finished_at)
                    VALUES (:serial, :activityInstanceId, :step, :startedAt, :finishedAt)""")
                .param("serial", rs.getString(1)).param("activityInstanceId", rs.getString(2)).param("step", step)
                .param("startedAt", time(rs, 5)).param("finishedAt", time(rs, 6)).update();
          }
        });
  }

  private static boolean hasTable(DatabaseMetaData metaData, String name) throws SQLException {
    for (String candidate : new String[] {name, name.toUpperCase()}) {
      try (ResultSet tables = metaData.getTables(null, null, candidate, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<String, String> steps(byte[] bpmn) {
    Map<String, String> steps = new HashMap<>();
    Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn)).getModelElementsByType(BaseElement.class).stream()
        .filter(e -> e.getExtensionElements() != null)
        .forEach(e -> e.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
            .stream().flatMap(p -> p.getCamundaProperties().stream())
            .filter(p -> CitizenSteps.STEP_PROPERTY.equals(p.getCamundaName()))
            .map(CamundaProperty::getCamundaValue).findFirst()
            .ifPresent(step -> steps.put(e.getId(), step)));
    return steps;
  }

  private OffsetDateTime time(ResultSet rs, int column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant().atZone(zone).toOffsetDateTime();
  }
}
