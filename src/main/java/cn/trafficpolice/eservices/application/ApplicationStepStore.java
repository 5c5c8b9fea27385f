package cn.trafficpolice.eservices.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The steps of each application as the citizen reads them (SH-2), kept beyond the engine's history. */
@Repository
class ApplicationStepStore {

  private final JdbcClient jdbc;

  ApplicationStepStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void started(String serial, String activityInstanceId, String step, OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO application_step (serial_number, activity_instance_id, step, started_at)
            VALUES (:serial, :activityInstanceId, :step, :at)""")
        .param("serial", serial).param("activityInstanceId", activityInstanceId).param("step", step)
        .param("at", at).update();
  }

  /** A step started and finished at once. */
  void passed(String serial, String activityInstanceId, String step, OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO application_step (serial_number, activity_instance_id, step, started_at, finished_at)
            VALUES (:serial, :activityInstanceId, :step, :at, :at)""")
        .param("serial", serial).param("activityInstanceId", activityInstanceId).param("step", step)
        .param("at", at).update();
  }

  void finished(String activityInstanceId, OffsetDateTime at) {
    jdbc.sql("UPDATE application_step SET finished_at = :at WHERE activity_instance_id = :activityInstanceId")
        .param("at", at).param("activityInstanceId", activityInstanceId).update();
  }

  List<ProgressStep> of(String serial) {
    return jdbc.sql("""
            SELECT step, started_at, finished_at FROM application_step WHERE serial_number = :serial
            ORDER BY started_at, id""")
        .param("serial", serial)
        .query((rs, i) -> new ProgressStep(rs.getString("step"), rs.getObject("started_at", OffsetDateTime.class),
            rs.getObject("finished_at", OffsetDateTime.class)))
        .list();
  }
}
