package cn.trafficpolice.eservices.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Checked on every request: the access token's session is still open in the database, so a logout or a stolen
 * refresh token's revocation takes effect on every node at once (no cache to go stale).
 */
class ActiveSessionValidator implements OAuth2TokenValidator<Jwt> {

  private final TokenService tokens;

  ActiveSessionValidator(TokenService tokens) {
    this.tokens = tokens;
  }

  @Override
  public OAuth2TokenValidatorResult validate(Jwt jwt) {
    return jwt.getId() != null && tokens.sessionActive(jwt.getClaimAsString(TokenService.SESSION_CLAIM))
        ? OAuth2TokenValidatorResult.success()
        : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "session ended", null));
  }
}
