package cn.trafficpolice.eservices.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationStore {

  private static final RowMapper<Organisation> ORGANISATION = (rs, i) -> new Organisation(
      rs.getString("credit_code"), rs.getString("name"), rs.getString("office_code"), rs.getString("phone"));

  private final JdbcClient jdbc;

  OrganisationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @return false when the code is registered already */
  boolean insert(Organisation o, OffsetDateTime now) {
    return jdbc.sql("""
            INSERT INTO organisation (credit_code, name, office_code, phone, registered_at)
            SELECT :code, :name, :office, :phone, :now FROM (VALUES (1)) one
            WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE credit_code = :code)""")
        .param("code", o.creditCode()).param("name", o.name()).param("office", o.officeCode())
        .param("phone", o.phone()).param("now", now)
        .update() == 1;
  }

  Optional<Organisation> find(String creditCode) {
    return jdbc.sql("SELECT * FROM organisation WHERE credit_code = :code").param("code", creditCode)
        .query(ORGANISATION).optional();
  }

  boolean officeExists(String officeCode) {
    return jdbc.sql("SELECT COUNT(*) FROM vehicle_office WHERE code = :code").param("code", officeCode)
        .query(Integer.class).single() > 0;
  }

  /** Idempotent: registering the same agent twice keeps the first registration. */
  void addAgent(String creditCode, long citizenId, String registeredBy, OffsetDateTime now) {
    jdbc.sql("""
            INSERT INTO organisation_agent (credit_code, citizen_id, registered_by, registered_at)
            SELECT :code, :citizen, :by, :now FROM (VALUES (1)) one
            WHERE NOT EXISTS (SELECT 1 FROM organisation_agent WHERE credit_code = :code AND citizen_id = :citizen)""")
        .param("code", creditCode).param("citizen", citizenId).param("by", registeredBy).param("now", now)
        .update();
  }

  boolean removeAgent(String creditCode, long citizenId) {
    return jdbc.sql("DELETE FROM organisation_agent WHERE credit_code = :code AND citizen_id = :citizen")
        .param("code", creditCode).param("citizen", citizenId).update() == 1;
  }

  List<Organisation> ofAgent(long citizenId) {
    return jdbc.sql("""
            SELECT o.* FROM organisation o JOIN organisation_agent a ON a.credit_code = o.credit_code
            WHERE a.citizen_id = :citizen ORDER BY o.credit_code""")
        .param("citizen", citizenId).query(ORGANISATION).list();
  }

  List<OrganisationAgent> agents(String creditCode) {
    return jdbc.sql("""
            SELECT c.id, c.name, c.phone, a.registered_by, a.registered_at
            FROM organisation_agent a JOIN citizen c ON c.id = a.citizen_id
            WHERE a.credit_code = :code ORDER BY a.registered_at, c.id""")
        .param("code", creditCode)
        .query((rs, i) -> new OrganisationAgent(rs.getLong("id"), rs.getString("name"), rs.getString("phone"),
            rs.getString("registered_by"), rs.getObject("registered_at", OffsetDateTime.class)))
        .list();
  }

  /** The real-name accounts of a person: window-registered ones may carry no binding yet (see CitizenStore). */
  List<Long> realNameAccounts(String idNumber) {
    return jdbc.sql("""
            SELECT id FROM citizen WHERE real_name AND (verified_id_number = :idNumber OR id_number = :idNumber)
            ORDER BY id""")
        .param("idNumber", idNumber).query(Long.class).list();
  }
}
