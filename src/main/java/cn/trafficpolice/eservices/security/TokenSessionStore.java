package cn.trafficpolice.eservices.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Login sessions and their refresh tokens, in the database so that every node sees a revocation at once. */
@Repository
class TokenSessionStore {

  private final JdbcClient jdbc;

  TokenSessionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record RefreshRow(String sessionId, long citizenId, boolean used, boolean sessionRevoked, Instant expiresAt) {
  }

  void createSession(String id, long citizenId, Instant now, Instant expiresAt) {
    jdbc.sql("""
            INSERT INTO token_session (id, citizen_id, created_at, expires_at)
            VALUES (:id, :citizen, :now, :expires)""")
        .param("id", id).param("citizen", citizenId).param("now", utc(now)).param("expires", utc(expiresAt))
        .update();
  }

  boolean active(String sessionId, Instant now) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM token_session
            WHERE id = :id AND revoked_at IS NULL AND expires_at > :now""")
        .param("id", sessionId).param("now", utc(now)).query(Integer.class).single() == 1;
  }

  /** @return true when this call revoked it (not already revoked) */
  boolean revoke(String sessionId, String reason, Instant now) {
    return jdbc.sql("""
            UPDATE token_session SET revoked_at = :now, revoked_reason = :reason
            WHERE id = :id AND revoked_at IS NULL""")
        .param("now", utc(now)).param("reason", reason).param("id", sessionId).update() == 1;
  }

  void insertRefresh(String hash, String sessionId, Instant now, Instant expiresAt) {
    jdbc.sql("""
            INSERT INTO refresh_token (token_hash, session_id, issued_at, expires_at)
            VALUES (:hash, :session, :now, :expires)""")
        .param("hash", hash).param("session", sessionId).param("now", utc(now)).param("expires", utc(expiresAt))
        .update();
  }

  Optional<RefreshRow> findRefresh(String hash) {
    return jdbc.sql("""
            SELECT r.session_id, s.citizen_id, r.used_at, s.revoked_at, r.expires_at
            FROM refresh_token r JOIN token_session s ON s.id = r.session_id
            WHERE r.token_hash = :hash""")
        .param("hash", hash)
        .query((rs, i) -> new RefreshRow(rs.getString("session_id"), rs.getLong("citizen_id"),
            rs.getObject("used_at") != null, rs.getObject("revoked_at") != null,
            rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  /** @return false when another request used it first */
  boolean useRefresh(String hash, Instant now) {
    return jdbc.sql("UPDATE refresh_token SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL")
        .param("now", utc(now)).param("hash", hash).update() == 1;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
