package cn.trafficpolice.eservices.address;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AddressStore {

  private static final RowMapper<Address> ADDRESS = (rs, i) -> new Address(rs.getLong("id"),
      rs.getString("recipient"), rs.getString("phone"), rs.getString("province"), rs.getString("city"),
      rs.getString("district"), rs.getString("detail"), rs.getBoolean("is_default"));

  private final JdbcClient jdbc;

  AddressStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Address> ofCitizen(long citizenId) {
    return jdbc.sql("SELECT * FROM citizen_address WHERE citizen_id = :citizenId ORDER BY is_default DESC, id DESC")
        .param("citizenId", citizenId).query(ADDRESS).list();
  }

  Optional<Address> find(long citizenId, long id) {
    return jdbc.sql("SELECT * FROM citizen_address WHERE id = :id AND citizen_id = :citizenId")
        .param("id", id).param("citizenId", citizenId).query(ADDRESS).optional();
  }

  long insert(long citizenId, NewAddress a, OffsetDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO citizen_address (citizen_id, recipient, phone, province, city, district, detail,
                                         is_default, created_at)
            VALUES (:citizenId, :recipient, :phone, :province, :city, :district, :detail, FALSE, :now)""")
        .param("citizenId", citizenId).param("recipient", a.recipient().trim()).param("phone", a.phone())
        .param("province", a.province().trim()).param("city", a.city().trim())
        .param("district", a.district().trim()).param("detail", a.detail().trim()).param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** Makes one address the default and every other address of the citizen not. */
  void makeDefault(long citizenId, long id) {
    jdbc.sql("""
            UPDATE citizen_address SET is_default = CASE WHEN id = :id THEN TRUE ELSE FALSE END
            WHERE citizen_id = :citizenId""")
        .param("id", id).param("citizenId", citizenId).update();
  }

  void delete(long citizenId, long id) {
    jdbc.sql("DELETE FROM citizen_address WHERE id = :id AND citizen_id = :citizenId")
        .param("id", id).param("citizenId", citizenId).update();
  }
}
