package cn.trafficpolice.eservices.security;

import java.util.Arrays;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Outside the {@code demo} profile the application refuses to start with the demo's secrets, demo accounts or
 * passwords written in clear: a production node must be configured on purpose.
 */
@Component
class DefaultSecretsGuard implements InitializingBean {

  /** The demo profile's master secret; see application-demo.yml. */
  static final String DEMO_SECRET = "demo-only-secret-never-use-in-production-0123456789";
  /** The key id of the demo profile's e-licence signing key; see application-demo.yml. */
  static final String DEMO_ELICENCE_KEY_ID = "demo-elicence-2026";

  private final Environment environment;
  private final SecurityProperties properties;

  DefaultSecretsGuard(Environment environment, SecurityProperties properties) {
    this.environment = environment;
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      return;
    }
    if (DEMO_SECRET.equals(properties.secret())) {
      throw refuse("eservices.security.secret is the demo secret");
    }
    if (environment.getProperty("eservices.e-licence.signing-key", "").contains(DEMO_ELICENCE_KEY_ID)) {
      throw refuse("eservices.e-licence.signing-key is the demo key: the e-licence QR codes could be forged");
    }
    properties.systemClients().stream()
        .filter(c -> c.password() == null || c.password().startsWith("{noop}"))
        .findAny()
        .ifPresent(c -> {
          throw refuse("system client '" + c.name() + "' has no encoded password");
        });
    if (environment.getProperty("camunda.bpm.admin-user.id") != null) {
      throw refuse("camunda.bpm.admin-user creates a default administrator; create administrators in Admin");
    }
    String locations = environment.getProperty("spring.flyway.locations", "");
    if (Arrays.stream(locations.split(",")).anyMatch(l -> l.trim().endsWith("db/demo"))) {
      throw refuse("the demo data (db/demo) would create demo citizens");
    }
  }

  private IllegalStateException refuse(String why) {
    return new IllegalStateException("Refusing to start outside the demo profile: " + why);
  }
}
