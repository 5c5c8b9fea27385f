package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.realperson.RealPersonAuthentication;
import cn.trafficpolice.eservices.realperson.RealPersonResult;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The settings of a node started without the demo profile, as production must configure it: strong secrets,
 * a database password and the first administrator. Each call is a fresh in-memory database.
 */
final class ProductionNode {

  static final String ADMIN = "chief.admin";
  static final String ADMIN_PASSWORD = "Vault-Issued-Admin-2026!";

  private ProductionNode() {
  }

  static Map<String, Object> settings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    settings.put("spring.datasource.username", "eservices");
    settings.put("spring.datasource.password", "Db-Vault-Password-2026!");
    settings.put("eservices.security.secret", "a-production-secret-from-the-vault-" + UUID.randomUUID());
    settings.put("eservices.e-licence.signing-key", signingKey());
    settings.put(FirstAdministrator.USERNAME, ADMIN);
    settings.put(FirstAdministrator.PASSWORD, ADMIN_PASSWORD);
    return settings;
  }

  /** What production plugs in from outside: here a real-person service that never answers. */
  @TestConfiguration(proxyBeanMethods = false)
  static class OutsideServices {

    @Bean
    RealPersonAuthentication unavailableRealPersonAuthentication() {
      return (idNumber, livenessToken) -> RealPersonResult.UNAVAILABLE;
    }
  }

  private static String signingKey() {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID("test-" + UUID.randomUUID()).generate().toJSONString();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
