package cn.trafficpolice.eservices.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationStore {

  private static final RowMapper<Application> APPLICATION = (rs, i) -> new Application(
      rs.getString("serial_number"), Business.valueOf(rs.getString("business")), rs.getLong("citizen_id"),
      rs.getString("subject"), ApplicationStatus.valueOf(rs.getString("status")), rs.getString("result"),
      rs.getString("reason"), rs.getObject("submitted_at", OffsetDateTime.class),
      rs.getObject("updated_at", OffsetDateTime.class));

  private final JdbcClient jdbc;

  ApplicationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String serial, Business business, long citizenId, String subject, OffsetDateTime now) {
    jdbc.sql("""
            INSERT INTO application (serial_number, business, citizen_id, subject, open_subject, status,
                                     submitted_at, updated_at)
            VALUES (:serial, :business, :citizenId, :subject, :subject, 'SUBMITTED', :now, :now)""")
        .param("serial", serial).param("business", business.name()).param("citizenId", citizenId)
        .param("subject", subject).param("now", now)
        .update();
  }

  boolean openExists(Business business, String subject) {
    return jdbc.sql("SELECT COUNT(*) FROM application WHERE business = :business AND open_subject = :subject")
        .param("business", business.name()).param("subject", subject).query(Integer.class).single() > 0;
  }

  void update(String serial, ApplicationStatus status, String result, String reason, OffsetDateTime now) {
    jdbc.sql("""
            UPDATE application SET status = :status, result = :result, reason = :reason, updated_at = :now,
                   open_subject = CASE WHEN :closed THEN NULL ELSE open_subject END
            WHERE serial_number = :serial""")
        .param("status", status.name()).param("result", result).param("reason", reason).param("now", now)
        .param("closed", status.closed()).param("serial", serial)
        .update();
  }

  Optional<Application> find(String serial) {
    return jdbc.sql("SELECT * FROM application WHERE serial_number = :serial").param("serial", serial)
        .query(APPLICATION).optional();
  }

  Optional<String> applicantName(String serial) {
    return jdbc.sql("""
            SELECT c.name FROM application a JOIN citizen c ON c.id = a.citizen_id
            WHERE a.serial_number = :serial""")
        .param("serial", serial).query(String.class).optional();
  }

  List<Application> ofCitizen(long citizenId) {
    return jdbc.sql("SELECT * FROM application WHERE citizen_id = :citizenId ORDER BY submitted_at DESC, serial_number DESC")
        .param("citizenId", citizenId).query(APPLICATION).list();
  }
}
