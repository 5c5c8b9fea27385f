package cn.trafficpolice.eservices.registry;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code licence_registry_change}: the registry's change ids already applied (EL-6). */
@Repository
class LicenceChangeLog {

  private final JdbcClient jdbc;

  LicenceChangeLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Recorded> find(String changeId) {
    return jdbc.sql("SELECT licence_number, content FROM licence_registry_change WHERE change_id = :id")
        .param("id", changeId)
        .query((rs, i) -> new Recorded(rs.getString("licence_number"), rs.getString("content"))).optional();
  }

  /** A concurrent report of the same id loses on the primary key (409, to be repeated). */
  void insert(String changeId, String licenceNumber, String content, OffsetDateTime now) {
    jdbc.sql("""
            INSERT INTO licence_registry_change (change_id, licence_number, content, received_at)
            VALUES (:id, :licence, :content, :now)""")
        .param("id", changeId).param("licence", licenceNumber).param("content", content).param("now", now)
        .update();
  }

  record Recorded(String licenceNumber, String content) {
  }
}
