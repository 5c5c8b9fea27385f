package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.trafficpolice.eservices.EServicesApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * CVE-2026-77226: with the setup page closed, a node whose database has no administrator and whose environment
 * names none could never be administered. It refuses to start and says which settings are missing.
 */
class NoAdministratorStartupTest {

  @Test
  void aFreshNodeWithoutAConfiguredAdministratorRefusesToStart() {
    Map<String, Object> settings = ProductionNode.settings();
    settings.remove(FirstAdministrator.USERNAME);
    settings.remove(FirstAdministrator.PASSWORD);
    settings.put("server.port", "0");
    SpringApplicationBuilder node = new SpringApplicationBuilder(EServicesApplication.class,
        ProductionNode.OutsideServices.class).profiles("test");
    // as command-line arguments, so they win over application.yml as a production environment's would
    String[] arguments = settings.entrySet().stream().map(s -> "--" + s.getKey() + "=" + s.getValue())
        .toArray(String[]::new);
    assertThatThrownBy(() -> node.run(arguments)).rootCause().hasMessageContaining("No Camunda administrator")
        .hasMessageContaining(FirstAdministrator.USERNAME).hasMessageContaining(FirstAdministrator.PASSWORD);
  }
}
