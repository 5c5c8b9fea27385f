package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.error.BusinessException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The citizen's tokens. A login opens a session; its short-lived access tokens (HS256 JWT: subject = citizen id,
 * {@code jti} = token id, {@code sid} = session) are refused as soon as the session is revoked, and its refresh
 * tokens (opaque, stored as an HMAC) are single use and rotated: presenting a used one again means it was stolen,
 * so the whole session is revoked.
 */
@Service
public class TokenService {

  public static final String REFRESH_TOKEN_INVALID = "REFRESH_TOKEN_INVALID";
  static final String ISSUER = "traffic-eservices";
  static final String SESSION_CLAIM = "sid";
  private static final Logger log = LoggerFactory.getLogger(TokenService.class);

  private final JwtEncoder encoder;
  private final SecurityProperties properties;
  private final TokenSessionStore sessions;
  private final Clock clock;
  private final SecretKey refreshKey;
  private final TransactionTemplate separately;
  private final SecureRandom random = new SecureRandom();

  TokenService(JwtEncoder encoder, SecurityProperties properties, TokenSessionStore sessions, Clock clock,
      KeyDerivation keys, PlatformTransactionManager transactions) {
    this.encoder = encoder;
    this.properties = properties;
    this.sessions = sessions;
    this.clock = clock;
    this.refreshKey = keys.hmacKey("refresh-token");
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A new session for a citizen who just proved who they are. */
  @Transactional
  public IssuedTokens login(long citizenId) {
    Instant now = clock.instant();
    String sessionId = UUID.randomUUID().toString();
    Instant sessionEnds = now.plus(properties.refreshTtl());
    sessions.createSession(sessionId, citizenId, now, sessionEnds);
    return issue(citizenId, sessionId, now, sessionEnds);
  }

  /** Exchanges a refresh token, once, for new tokens of the same session. */
  @Transactional
  public IssuedTokens refresh(String refreshToken) {
    Instant now = clock.instant();
    String hash = hash(refreshToken);
    TokenSessionStore.RefreshRow row = sessions.findRefresh(hash).orElseThrow(TokenService::invalidRefresh);
    if (row.used() || !sessions.useRefresh(hash, now)) {
      // committed on its own: the refusal below must not roll the revocation back
      separately.executeWithoutResult(tx -> sessions.revoke(row.sessionId(), "REFRESH_REUSED", now));
      log.warn("Used refresh token presented again: session {} of citizen {} revoked", row.sessionId(),
          row.citizenId());
      throw invalidRefresh();
    }
    if (row.sessionRevoked() || !now.isBefore(row.expiresAt())) {
      throw invalidRefresh();
    }
    return issue(row.citizenId(), row.sessionId(), now, row.expiresAt());
  }

  /** Logout: every access and refresh token of the session stops working on every node. */
  @Transactional
  public void logout(Jwt accessToken) {
    String sessionId = accessToken.getClaimAsString(SESSION_CLAIM);
    if (sessionId != null && sessions.revoke(sessionId, "LOGOUT", clock.instant())) {
      log.info("Session {} logged out with token {}", sessionId, accessToken.getId());
    }
  }

  boolean sessionActive(String sessionId) {
    return sessionId != null && sessions.active(sessionId, clock.instant());
  }

  private IssuedTokens issue(long citizenId, String sessionId, Instant now, Instant sessionEnds) {
    Instant expiresAt = now.plus(properties.tokenTtl());
    JwtClaimsSet claims = JwtClaimsSet.builder()
        .issuer(ISSUER)
        .subject(Long.toString(citizenId))
        .id(UUID.randomUUID().toString())
        .claim(SESSION_CLAIM, sessionId)
        .issuedAt(now)
        .expiresAt(expiresAt)
        .claim("scope", Roles.CITIZEN)
        .build();
    String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
        .getTokenValue();
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    sessions.insertRefresh(hash(refreshToken), sessionId, now, sessionEnds);
    return new IssuedTokens(token, expiresAt, properties.tokenTtl().toSeconds(), refreshToken);
  }

  private String hash(String refreshToken) {
    return HexFormat.of().formatHex(KeyDerivation.hmac(refreshKey.getEncoded(),
        refreshToken.getBytes(StandardCharsets.UTF_8)));
  }

  private static BusinessException invalidRefresh() {
    return new BusinessException(HttpStatus.UNAUTHORIZED, REFRESH_TOKEN_INVALID, "登录已失效，请重新登录");
  }

  /** @param expiresIn seconds the access token is valid */
  public record IssuedTokens(String token, Instant expiresAt, long expiresIn, String refreshToken) {
  }
}
