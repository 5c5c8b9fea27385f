package cn.trafficpolice.eservices.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secret        master secret (at least 32 characters): signs citizen tokens and keys SMS code hashes
 * @param tokenTtl      how long a citizen's access token is valid; short, a refresh token renews it
 * @param systemClients outside systems (postal service, vehicle office …) calling their callback endpoints with
 *                      HTTP Basic; passwords in Spring Security's encoded form ({bcrypt}…)
 * @param refreshTtl    how long a login session lasts: its refresh tokens renew access tokens until then
 */
@ConfigurationProperties("eservices.security")
public record SecurityProperties(
    String secret,
    @DefaultValue("PT15M") Duration tokenTtl,
    @DefaultValue List<SystemClient> systemClients,
    @DefaultValue("P7D") Duration refreshTtl) {

  /** @param role the system's role without prefix, e.g. POSTAL_SERVICE */
  public record SystemClient(String name, String password, String role) {
  }
}
