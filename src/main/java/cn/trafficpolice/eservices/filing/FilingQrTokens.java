package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.security.KeyDerivation;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/**
 * The token inside an owner's vehicle QR code (NF-1): names the vehicle, is signed with a key of its own
 * (HS256) and expires quickly, so a screenshot shared later or a token edited by hand does not file anything.
 */
@Component
class FilingQrTokens {

  private static final String AUDIENCE = "vehicle-filing";

  private final SecretKey key;
  private final FilingProperties properties;
  private final Clock clock;

  FilingQrTokens(KeyDerivation keys, FilingProperties properties, Clock clock) {
    this.key = keys.hmacKey("vehicle-filing-qr");
    this.properties = properties;
    this.clock = clock;
  }

  IssuedQrToken issue(String vin) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(properties.qrTokenTtl());
    JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(vin).audience(AUDIENCE).issueTime(Date.from(now))
        .expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString()).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("QR token could not be signed", e);
    }
    return new IssuedQrToken(jwt.serialize(), expiresAt);
  }

  /** @return the vehicle the token names and the token's own id, by which it is used only once */
  ScannedQrToken verify(String token) {
    JWTClaimsSet claims = verifiedClaims(token);
    Date expiresAt = claims.getExpirationTime();
    if (expiresAt == null || !clock.instant().isBefore(expiresAt.toInstant())) {
      throw BusinessException.refused(FilingErrors.QR_TOKEN_EXPIRED, "二维码已过期，请机动车所有人重新生成");
    }
    if (!List.of(AUDIENCE).equals(claims.getAudience()) || claims.getSubject() == null
        || claims.getJWTID() == null) {
      throw invalid();
    }
    return new ScannedQrToken(claims.getSubject(), claims.getJWTID());
  }

  private JWTClaimsSet verifiedClaims(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
        throw invalid();
      }
      return jwt.getJWTClaimsSet();
    } catch (ParseException | JOSEException unreadable) {
      throw invalid();
    }
  }

  private static BusinessException invalid() {
    return BusinessException.refused(FilingErrors.QR_TOKEN_INVALID, "二维码无效，请扫描机动车所有人出示的备案二维码");
  }

  record IssuedQrToken(String token, Instant expiresAt) {
  }

  record ScannedQrToken(String vin, String tokenId) {
  }
}
