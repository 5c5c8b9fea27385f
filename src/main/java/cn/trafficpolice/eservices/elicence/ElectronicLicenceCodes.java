package cn.trafficpolice.eservices.elicence;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * EL-5: the QR code's payload, a compact JWS signed with ES256 (EC P-256) carrying the e-licence number and its
 * generation time. Only the public key leaves the application (a JWKS), so nobody else can sign a valid code.
 */
@Component
class ElectronicLicenceCodes {

  private final ECKey key;
  private final ECDSASigner signer;
  private final ECDSAVerifier verifier;
  private final Clock clock;

  ElectronicLicenceCodes(ElectronicLicenceProperties properties, Clock clock) throws JOSEException {
    this.key = parse(properties.signingKey());
    this.signer = new ECDSASigner(key);
    this.verifier = new ECDSAVerifier(key.toPublicJWK());
    this.clock = clock;
  }

  /** A code generated now for the e-licence; it verifies for {@code eservices.e-licence.code-validity}. */
  String sign(String elicenceNumber) {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(elicenceNumber)
        .issueTime(Date.from(Instant.now(clock))).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("e-licence code could not be signed", e);
    }
    return jwt.serialize();
  }

  /** @return the signed claims, or empty when the code is malformed, tampered with or signed by another key */
  Optional<SignedCode> verify(String code) {
    try {
      SignedJWT jwt = SignedJWT.parse(code.trim());
      if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (claims.getSubject() == null || claims.getIssueTime() == null) {
        return Optional.empty();
      }
      return Optional.of(new SignedCode(claims.getSubject(), claims.getIssueTime().toInstant()));
    } catch (ParseException | JOSEException | IllegalStateException malformed) {
      return Optional.empty();
    }
  }

  /** The public key set verifiers may use offline. */
  Map<String, Object> publicKeys() {
    return new JWKSet(key.toPublicJWK()).toJSONObject();
  }

  private static ECKey parse(String jwk) {
    if (jwk == null || jwk.isBlank()) {
      throw new IllegalStateException("eservices.e-licence.signing-key (an EC P-256 private JWK) is not set");
    }
    try {
      ECKey parsed = ECKey.parse(jwk);
      if (!parsed.isPrivate() || !Curve.P_256.equals(parsed.getCurve())) {
        throw new IllegalStateException("eservices.e-licence.signing-key must be a private EC P-256 key");
      }
      return parsed;
    } catch (ParseException e) {
      throw new IllegalStateException("eservices.e-licence.signing-key is not a JWK", e);
    }
  }

  record SignedCode(String elicenceNumber, Instant generatedAt) {
  }
}
