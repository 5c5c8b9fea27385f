package cn.trafficpolice.eservices.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The offices' pickup windows (reference data, {@code pickup_site}). */
@Repository
public class PickupSites {

  private static final RowMapper<PickupSite> SITE = (rs, i) -> new PickupSite(rs.getString("id"),
      rs.getString("office_code"), rs.getString("city"), rs.getString("name"), rs.getString("address"),
      rs.getString("opening_hours"), rs.getString("phone"), rs.getBigDecimal("latitude"),
      rs.getBigDecimal("longitude"));

  private final JdbcClient jdbc;

  PickupSites(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<PickupSite> inCity(String city) {
    return jdbc.sql("SELECT * FROM pickup_site WHERE city = :city ORDER BY id").param("city", city)
        .query(SITE).list();
  }

  public List<PickupSite> all() {
    return jdbc.sql("SELECT * FROM pickup_site ORDER BY city, id").query(SITE).list();
  }

  public Optional<PickupSite> find(String id) {
    return jdbc.sql("SELECT * FROM pickup_site WHERE id = :id").param("id", id).query(SITE).optional();
  }
}
