package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.trafficpolice.eservices.security.SecurityProperties.SystemClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DefaultSecretsGuardTest {

  private static final String STRONG = "a-production-secret-from-the-vault-0123456789";
  private static final List<SystemClient> ENCODED = List.of(
      new SystemClient("postal-service", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", "POSTAL_SERVICE"));

  @Test
  void productionWithTheDemoSecretRefusesToStart() {
    assertThatThrownBy(() -> guard(new MockEnvironment(), DefaultSecretsGuard.DEMO_SECRET, ENCODED))
        .hasMessageContaining("demo secret");
  }

  @Test
  void productionWithTheDemoElicenceSigningKeyRefusesToStart() { // EL-5: forged QR codes otherwise
    MockEnvironment env = new MockEnvironment().withProperty("eservices.e-licence.signing-key",
        "{\"kty\":\"EC\",\"kid\":\"" + DefaultSecretsGuard.DEMO_ELICENCE_KEY_ID + "\"}");
    assertThatThrownBy(() -> guard(env, STRONG, ENCODED)).hasMessageContaining("signing-key");
  }

  @Test
  void productionWithAClearTextSystemPasswordRefusesToStart() {
    List<SystemClient> clear = List.of(new SystemClient("postal-service", "{noop}postal-demo", "POSTAL_SERVICE"));
    assertThatThrownBy(() -> guard(new MockEnvironment(), STRONG, clear)).hasMessageContaining("postal-service");
  }

  @Test
  void productionWithTheDemoAdministratorRefusesToStart() {
    MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin");
    assertThatThrownBy(() -> guard(env, STRONG, ENCODED)).hasMessageContaining("administrator");
  }

  @Test
  void productionWithDemoCitizensRefusesToStart() {
    MockEnvironment env = new MockEnvironment()
        .withProperty("spring.flyway.locations", "classpath:db/migration,classpath:db/demo");
    assertThatThrownBy(() -> guard(env, STRONG, ENCODED)).hasMessageContaining("demo citizens");
  }

  @Test
  void productionOnH2WithoutPasswordRefusesToStart() { // H2's default account: sa, no password
    MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/x")
        .withProperty("spring.datasource.username", "sa").withProperty("spring.datasource.password", "");
    assertThatThrownBy(() -> guard(env, STRONG, ENCODED)).hasMessageContaining("spring.datasource.password");
  }

  @Test
  void productionWithAWeakFirstAdministratorRefusesToStart() { // CVE-2026-77226: the admin replaces the setup
    for (String weak : List.of("admin", "Demo@12345", "Admin@123456", "short1A!", "alllowercaseletters",
        "Chief.Admin-2026", "Passw0rd!2026")) {
      MockEnvironment env = new MockEnvironment().withProperty(FirstAdministrator.USERNAME, "chief.admin")
          .withProperty(FirstAdministrator.PASSWORD, weak);
      assertThatThrownBy(() -> guard(env, STRONG, ENCODED)).as(weak).hasMessageContaining(FirstAdministrator.PASSWORD);
    }
  }

  @Test
  void productionWithAnAdministratorNameButNoPasswordRefusesToStart() {
    MockEnvironment env = new MockEnvironment().withProperty(FirstAdministrator.USERNAME, "chief.admin");
    assertThatThrownBy(() -> guard(env, STRONG, ENCODED)).hasMessageContaining(FirstAdministrator.USERNAME);
  }

  @Test
  void productionWithAStrongFirstAdministratorStarts() {
    MockEnvironment env = new MockEnvironment().withProperty(FirstAdministrator.USERNAME, "chief.admin")
        .withProperty(FirstAdministrator.PASSWORD, "Vault-Issued-Admin-2026!");
    assertThatCode(() -> guard(env, STRONG, ENCODED)).doesNotThrowAnyException();
  }

  @Test
  void aShortSecretRefusesToStartAnywhere() {
    assertThatThrownBy(() -> new KeyDerivation(new SecurityProperties("short", Duration.ofHours(2), List.of(), Duration.ofDays(7))))
        .hasMessageContaining("at least 32");
  }

  @Test
  void productionConfiguredOnPurposeStarts() {
    assertThatCode(() -> guard(new MockEnvironment(), STRONG, ENCODED)).doesNotThrowAnyException();
  }

  @Test
  void theDemoProfileMayUseDemoSecrets() {
    MockEnvironment env = new MockEnvironment();
    env.setActiveProfiles("demo");
    assertThatCode(() -> guard(env, DefaultSecretsGuard.DEMO_SECRET, List.of())).doesNotThrowAnyException();
  }

  private static void guard(MockEnvironment env, String secret, List<SystemClient> clients) {
    new DefaultSecretsGuard(env, new SecurityProperties(secret, Duration.ofHours(2), clients, Duration.ofDays(7))).afterPropertiesSet();
  }
}
