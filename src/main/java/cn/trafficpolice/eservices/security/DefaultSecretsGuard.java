package cn.trafficpolice.eservices.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

  /** Passwords and their stems that lists of default credentials carry, the demo reviewers' among them. */
  private static final List<String> KNOWN_DEFAULTS = List.of("admin", "administrator", "password", "passw",
      "passwrd", "demo", "camunda", "qwerty", "changeme", "welcome", "letmein", "root", "");

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
    refuseEmbeddedDatabaseWithoutPassword();
    refuseWeakAdministrator();
    String locations = environment.getProperty("spring.flyway.locations", "");
    if (Arrays.stream(locations.split(",")).anyMatch(l -> l.trim().endsWith("db/demo"))) {
      throw refuse("the demo data (db/demo) would create demo citizens");
    }
  }

  private void refuseEmbeddedDatabaseWithoutPassword() {
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:h2:") && environment.getProperty("spring.datasource.password", "").isEmpty()) {
      throw refuse("spring.datasource.password is empty: H2's default account (sa, no password) is for the demo");
    }
  }

  /** CVE-2026-77226: the first administrator comes from the environment, so it must be worth its role. */
  private void refuseWeakAdministrator() {
    String username = environment.getProperty(FirstAdministrator.USERNAME, "");
    String password = environment.getProperty(FirstAdministrator.PASSWORD, "");
    if (username.isEmpty() != password.isEmpty()) {
      throw refuse(FirstAdministrator.USERNAME + " and " + FirstAdministrator.PASSWORD + " go together");
    }
    if (!password.isEmpty() && !strong(password, username)) {
      throw refuse(FirstAdministrator.PASSWORD + " is weak: at least 12 characters of three kinds (lower case, "
          + "upper case, digits, others), not a known default and not the user name");
    }
  }

  static boolean strong(String password, String username) {
    int kinds = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
        + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
        + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
        + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
    String lower = password.toLowerCase(Locale.ROOT);
    // "Admin@123456" or "Passw0rd!2026" are a default dressed up: their letters alone are the default
    String letters = lower.replaceAll("[^a-z]", "");
    boolean known = KNOWN_DEFAULTS.contains(lower) || KNOWN_DEFAULTS.contains(letters)
        || (!username.isEmpty() && lower.contains(username.toLowerCase(Locale.ROOT)));
    return password.length() >= 12 && kinds >= 3 && !known;
  }

  private IllegalStateException refuse(String why) {
    return new IllegalStateException("Refusing to start outside the demo profile: " + why);
  }
}
