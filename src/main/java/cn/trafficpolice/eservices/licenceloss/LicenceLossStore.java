package cn.trafficpolice.eservices.licenceloss;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LicenceLossStore {

  private static final RowMapper<LicenceLossApplication> APPLICATION = (rs, i) -> new LicenceLossApplication(
      rs.getString("serial_number"), rs.getLong("citizen_id"), rs.getString("licence_number"),
      DeliveryMethod.valueOf(rs.getString("delivery_method")), rs.getString("pickup_site_id"),
      rs.getString("recipient"), rs.getString("recipient_phone"), rs.getString("postal_address"),
      rs.getString("tracking_number"), rs.getObject("ready_at", OffsetDateTime.class),
      rs.getObject("pickup_deadline", OffsetDateTime.class));

  private final JdbcClient jdbc;

  LicenceLossStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(LicenceLossApplication a, OffsetDateTime declaredAt) {
    jdbc.sql("""
            INSERT INTO licence_loss_application (serial_number, citizen_id, licence_number, delivery_method,
                pickup_site_id, recipient, recipient_phone, postal_address, declared_at)
            VALUES (:serial, :citizenId, :licence, :method, :site, :recipient, :phone, :address, :declaredAt)""")
        .param("serial", a.serialNumber()).param("citizenId", a.citizenId()).param("licence", a.licenceNumber())
        .param("method", a.deliveryMethod().name()).param("site", a.pickupSiteId())
        .param("recipient", a.recipient()).param("phone", a.recipientPhone()).param("address", a.postalAddress())
        .param("declaredAt", declaredAt)
        .update();
  }

  Optional<LicenceLossApplication> find(String serial) {
    return jdbc.sql("SELECT * FROM licence_loss_application WHERE serial_number = :serial")
        .param("serial", serial).query(APPLICATION).optional();
  }

  Optional<String> serialOfParcel(String trackingNumber) {
    return jdbc.sql("SELECT serial_number FROM licence_loss_application WHERE tracking_number = :tracking")
        .param("tracking", trackingNumber).query(String.class).optional();
  }

  void recordProduced(String serial, OffsetDateTime now) {
    jdbc.sql("UPDATE licence_loss_application SET produced_at = :now WHERE serial_number = :serial"
            + " AND produced_at IS NULL")
        .param("now", now).param("serial", serial).update();
  }

  void recordTrackingNumber(String serial, String trackingNumber) {
    jdbc.sql("UPDATE licence_loss_application SET tracking_number = :tracking WHERE serial_number = :serial")
        .param("tracking", trackingNumber).param("serial", serial).update();
  }

  /** The first call fixes the pickup period; a retried job keeps it. */
  void recordReady(String serial, OffsetDateTime readyAt, OffsetDateTime deadline) {
    jdbc.sql("""
            UPDATE licence_loss_application SET ready_at = :readyAt, pickup_deadline = :deadline
            WHERE serial_number = :serial AND ready_at IS NULL""")
        .param("readyAt", readyAt).param("deadline", deadline).param("serial", serial).update();
  }

  void recordHandedOver(String serial, String clerk, OffsetDateTime now) {
    jdbc.sql("""
            UPDATE licence_loss_application SET handed_over_by = :clerk, handed_over_at = :now
            WHERE serial_number = :serial AND handed_over_at IS NULL""")
        .param("clerk", clerk).param("now", now).param("serial", serial).update();
  }
}
