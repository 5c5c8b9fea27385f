package cn.trafficpolice.eservices.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/** Issues the citizen's signed, expiring bearer token (HS256 JWT; subject = citizen id). */
@Service
public class TokenService {

  static final String ISSUER = "traffic-eservices";

  private final JwtEncoder encoder;
  private final SecurityProperties properties;
  private final Clock clock;

  TokenService(JwtEncoder encoder, SecurityProperties properties, Clock clock) {
    this.encoder = encoder;
    this.properties = properties;
    this.clock = clock;
  }

  public IssuedToken issue(long citizenId) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(properties.tokenTtl());
    JwtClaimsSet claims = JwtClaimsSet.builder()
        .issuer(ISSUER)
        .subject(Long.toString(citizenId))
        .issuedAt(now)
        .expiresAt(expiresAt)
        .claim("scope", Roles.CITIZEN)
        .build();
    String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
        .getTokenValue();
    return new IssuedToken(token, expiresAt);
  }

  public record IssuedToken(String token, Instant expiresAt) {
  }
}
