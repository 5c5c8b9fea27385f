package cn.trafficpolice.eservices.postal;

import cn.trafficpolice.eservices.privacy.Mask;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The postal service stand-in: records each parcel in {@code postal_parcel} and numbers it. Its outcomes are
 * reported through the postal callback endpoint (in the demo, by a person with the postal service's credentials).
 */
@Component
class TablePostalService implements PostalService {

  private static final Logger log = LoggerFactory.getLogger(TablePostalService.class);
  private static final String EXPRESS_MAIL = "EA";

  private final JdbcClient jdbc;
  private final Clock clock;

  TablePostalService(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional
  public String handOver(Parcel parcel) {
    int inserted = jdbc.sql("""
            INSERT INTO postal_parcel (sender_reference, recipient, phone, address, contents, cash_on_delivery,
                                       handed_over_at)
            SELECT :reference, :recipient, :phone, :address, :contents, :cod, :now FROM (VALUES (1)) one
            WHERE NOT EXISTS (SELECT 1 FROM postal_parcel WHERE sender_reference = :reference)""")
        .param("reference", parcel.senderReference()).param("recipient", parcel.recipient())
        .param("phone", parcel.phone()).param("address", parcel.address()).param("contents", parcel.contents())
        .param("cod", parcel.cashOnDelivery()).param("now", OffsetDateTime.now(clock))
        .update();
    long id = jdbc.sql("SELECT id FROM postal_parcel WHERE sender_reference = :reference")
        .param("reference", parcel.senderReference()).query(Long.class).single();
    String tracking = TrackingNumbers.of(EXPRESS_MAIL, id);
    if (inserted == 1) {
      jdbc.sql("UPDATE postal_parcel SET tracking_number = :tracking WHERE id = :id")
          .param("tracking", tracking).param("id", id).update();
      log.info("Parcel {} for {} handed over as {}", parcel.senderReference(), Mask.phone(parcel.phone()),
          tracking);
    }
    return tracking;
  }
}
