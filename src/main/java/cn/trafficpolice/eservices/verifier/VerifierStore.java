package cn.trafficpolice.eservices.verifier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code verifier_client}. */
@Repository
class VerifierStore {

  private static final RowMapper<Verifier> VERIFIER = (rs, i) -> new Verifier(rs.getLong("id"),
      rs.getString("username"), rs.getString("organisation"), VerifierKind.valueOf(rs.getString("kind")),
      rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class));

  private final JdbcClient jdbc;

  VerifierStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Verifier> find(String username) {
    return jdbc.sql("SELECT * FROM verifier_client WHERE username = :username").param("username", username)
        .query(VERIFIER).optional();
  }

  Optional<String> passwordHash(String username) {
    return jdbc.sql("SELECT password_hash FROM verifier_client WHERE username = :username")
        .param("username", username).query(String.class).optional();
  }

  List<Verifier> all() {
    return jdbc.sql("SELECT * FROM verifier_client ORDER BY username").query(VERIFIER).list();
  }

  /** @return false when the user name is taken */
  boolean insert(String username, String organisation, VerifierKind kind, String passwordHash, OffsetDateTime now) {
    return jdbc.sql("""
            INSERT INTO verifier_client (username, organisation, kind, password_hash, enabled, created_at)
            SELECT :username, :organisation, :kind, :hash, TRUE, :now FROM (VALUES (1)) one
            WHERE NOT EXISTS (SELECT 1 FROM verifier_client WHERE username = :username)""")
        .param("username", username).param("organisation", organisation).param("kind", kind.name())
        .param("hash", passwordHash).param("now", now).update() == 1;
  }

  /** @return false when there is no such verifier */
  boolean setEnabled(String username, boolean enabled) {
    return jdbc.sql("UPDATE verifier_client SET enabled = :enabled WHERE username = :username")
        .param("enabled", enabled).param("username", username).update() == 1;
  }
}
