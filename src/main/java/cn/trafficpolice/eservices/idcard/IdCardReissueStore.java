package cn.trafficpolice.eservices.idcard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IdCardReissueStore {

  private static final RowMapper<IdCardReissue> REISSUE = (rs, i) -> new IdCardReissue(
      rs.getString("serial_number"), rs.getLong("citizen_id"), rs.getString("id_number"),
      ReissueChannel.valueOf(rs.getString("channel")), ReissueReason.valueOf(rs.getString("reissue_reason")),
      CardDelivery.valueOf(rs.getString("delivery")), ReissueStage.valueOf(rs.getString("stage")),
      rs.getString("recipient"), rs.getString("recipient_phone"), rs.getString("postal_address"),
      rs.getObject("preferred_date", LocalDate.class), rs.getString("applicant_note"),
      rs.getBoolean("remote_area"), rs.getObject("submitted_at", OffsetDateTime.class),
      rs.getObject("issue_deadline", OffsetDateTime.class), rs.getString("payment_order_number"),
      rs.getObject("appointment_time", OffsetDateTime.class), rs.getString("appointment_place"),
      rs.getString("rejection_reason"), rs.getObject("accepted_at", OffsetDateTime.class),
      rs.getObject("produced_at", OffsetDateTime.class), rs.getString("tracking_number"),
      rs.getObject("finished_at", OffsetDateTime.class),
      rs.getObject("temporary_card_requested_at", OffsetDateTime.class),
      rs.getObject("temporary_card_issued", Boolean.class), rs.getString("temporary_card_note"));

  private final JdbcClient jdbc;

  IdCardReissueStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(NewReissue r) {
    boolean posted = r.address() != null;
    jdbc.sql("""
            INSERT INTO id_card_reissue (serial_number, citizen_id, id_number, channel, reissue_reason, delivery,
                stage, recipient, recipient_phone, postal_address, preferred_date, applicant_note, remote_area,
                submitted_at, issue_deadline)
            VALUES (:serial, :citizen, :idNumber, :channel, :reason, :delivery, :stage, :recipient, :phone,
                :address, :preferredDate, :note, :remote, :submittedAt, :deadline)""")
        .param("serial", r.serialNumber()).param("citizen", r.citizenId()).param("idNumber", r.idNumber())
        .param("channel", r.channel().name()).param("reason", r.reason().name())
        .param("delivery", r.delivery().name()).param("stage", r.stage().name())
        .param("recipient", posted ? r.address().recipient() : null)
        .param("phone", posted ? r.address().phone() : null)
        .param("address", posted ? r.address().fullAddress() : null)
        .param("preferredDate", r.preferredDate()).param("note", r.applicantNote())
        .param("remote", r.remoteArea()).param("submittedAt", r.submittedAt()).param("deadline", r.issueDeadline())
        .update();
  }

  Optional<IdCardReissue> find(String serial) {
    return jdbc.sql("SELECT * FROM id_card_reissue WHERE serial_number = :serial").param("serial", serial)
        .query(REISSUE).optional();
  }

  Optional<String> serialOfParcel(String trackingNumber) {
    return jdbc.sql("SELECT serial_number FROM id_card_reissue WHERE tracking_number = :tracking")
        .param("tracking", trackingNumber).query(String.class).optional();
  }

  List<IdCardReissue> ofCitizen(long citizenId) {
    return jdbc.sql("""
            SELECT * FROM id_card_reissue WHERE citizen_id = :citizen
            ORDER BY submitted_at DESC, serial_number DESC""")
        .param("citizen", citizenId).query(REISSUE).list();
  }

  void recordPaymentOrder(String serial, String orderNumber) {
    jdbc.sql("UPDATE id_card_reissue SET payment_order_number = :order WHERE serial_number = :serial")
        .param("order", orderNumber).param("serial", serial).update();
  }

  void moveTo(String serial, ReissueStage stage) {
    jdbc.sql("UPDATE id_card_reissue SET stage = :stage WHERE serial_number = :serial")
        .param("stage", stage.name()).param("serial", serial).update();
  }

  void recordAppointment(String serial, OffsetDateTime time, String place) {
    jdbc.sql("""
            UPDATE id_card_reissue SET appointment_time = :time, appointment_place = :place,
                   stage = 'APPOINTMENT_BOOKED'
            WHERE serial_number = :serial""")
        .param("time", time).param("place", place).param("serial", serial).update();
  }

  void recordRejection(String serial, String reason, OffsetDateTime now) {
    jdbc.sql("""
            UPDATE id_card_reissue SET rejection_reason = :reason, stage = 'REJECTED', finished_at = :now
            WHERE serial_number = :serial""")
        .param("reason", reason).param("now", now).param("serial", serial).update();
  }

  void recordCancelled(String serial, OffsetDateTime now) {
    jdbc.sql("UPDATE id_card_reissue SET stage = 'CANCELLED', finished_at = :now WHERE serial_number = :serial")
        .param("now", now).param("serial", serial).update();
  }

  /** Keeps the first acceptance time when a job runs again. */
  void recordAccepted(String serial, OffsetDateTime now) {
    jdbc.sql("""
            UPDATE id_card_reissue SET stage = 'ACCEPTED', accepted_at = COALESCE(accepted_at, :now)
            WHERE serial_number = :serial""")
        .param("now", now).param("serial", serial).update();
  }

  void recordProduced(String serial, ReissueStage next, String trackingNumber, OffsetDateTime now) {
    jdbc.sql("""
            UPDATE id_card_reissue SET stage = :stage, produced_at = COALESCE(produced_at, :now),
                   tracking_number = :tracking
            WHERE serial_number = :serial""")
        .param("stage", next.name()).param("now", now).param("tracking", trackingNumber).param("serial", serial)
        .update();
  }

  void recordFinished(String serial, ReissueStage stage, OffsetDateTime now) {
    jdbc.sql("""
            UPDATE id_card_reissue SET stage = :stage, finished_at = COALESCE(finished_at, :now)
            WHERE serial_number = :serial""")
        .param("stage", stage.name()).param("now", now).param("serial", serial).update();
  }

  /** @return false when a temporary card was already requested */
  boolean recordTemporaryCardRequested(String serial, OffsetDateTime now) {
    return jdbc.sql("""
            UPDATE id_card_reissue SET temporary_card_requested_at = :now
            WHERE serial_number = :serial AND temporary_card_requested_at IS NULL""")
        .param("now", now).param("serial", serial).update() == 1;
  }

  void recordTemporaryCard(String serial, boolean issued, String note) {
    jdbc.sql("""
            UPDATE id_card_reissue SET temporary_card_issued = :issued, temporary_card_note = :note
            WHERE serial_number = :serial""")
        .param("issued", issued).param("note", note).param("serial", serial).update();
  }
}
