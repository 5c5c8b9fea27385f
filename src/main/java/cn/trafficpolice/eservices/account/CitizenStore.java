package cn.trafficpolice.eservices.account;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CitizenStore {

  private static final RowMapper<Citizen> CITIZEN = (rs, i) -> new Citizen(rs.getLong("id"), rs.getString("phone"),
      rs.getString("name"), rs.getString("id_number"), rs.getBoolean("real_name"));

  private final JdbcClient jdbc;

  CitizenStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String phone, String passwordHash, String name, String idNumber, boolean realName,
      OffsetDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO citizen (phone, password_hash, name, id_number, real_name, created_at)
            VALUES (:phone, :hash, :name, :idNumber, :realName, :now)""")
        .param("phone", phone).param("hash", passwordHash).param("name", name).param("idNumber", idNumber)
        .param("realName", realName).param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<Citizen> findById(long id) {
    return jdbc.sql("SELECT * FROM citizen WHERE id = :id").param("id", id).query(CITIZEN).optional();
  }

  Optional<Citizen> findByPhone(String phone) {
    return jdbc.sql("SELECT * FROM citizen WHERE phone = :phone").param("phone", phone).query(CITIZEN).optional();
  }

  Optional<String> passwordHash(String phone) {
    return jdbc.sql("SELECT password_hash FROM citizen WHERE phone = :phone").param("phone", phone)
        .query(String.class).optional();
  }

  boolean phoneTaken(String phone) {
    return jdbc.sql("SELECT COUNT(*) FROM citizen WHERE phone = :phone").param("phone", phone)
        .query(Integer.class).single() > 0;
  }

  /**
   * Binds the ID number to this account. Window-registered accounts may carry no binding, so the statement also
   * looks for a real-name account with the number; the unique binding settles two verifications at once.
   *
   * @return false when another real-name account holds the number
   */
  boolean markRealName(long id, String idNumber) {
    return jdbc.sql("""
            UPDATE citizen SET real_name = TRUE, verified_id_number = id_number
            WHERE id = :id AND NOT EXISTS (
              SELECT 1 FROM citizen other WHERE other.id_number = :idNumber AND other.real_name AND other.id <> :id)""")
        .param("id", id).param("idNumber", idNumber).update() == 1;
  }
}
