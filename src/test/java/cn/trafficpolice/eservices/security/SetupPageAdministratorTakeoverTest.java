package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.WebappClient;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * CVE-2026-77226 on a node without the demo profile and a fresh database: Camunda's setup creates an
 * administrator for anyone while {@code camunda-admin} has no direct member. The setup is closed for good; the
 * first administrator comes from the environment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProductionNode.OutsideServices.class)
class SetupPageAdministratorTakeoverTest {

  private static final String INTRUDER = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"i\",\"lastName\":\"n\","
      + "\"email\":\"i@example.com\"},\"credentials\":{\"password\":\"Intruder-Pass-2026!\"}}";

  @DynamicPropertySource
  static void production(DynamicPropertyRegistry registry) {
    ProductionNode.settings().forEach((key, value) -> registry.add(key, () -> value));
  }

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  void theConfiguredAdministratorIsCreatedAndMayLogInToAdmin() {
    IdentityService identity = engine.getIdentityService();
    assertThat(identity.createUserQuery().userId(ProductionNode.ADMIN).memberOfGroup(Groups.CAMUNDA_ADMIN).count())
        .isOne();
    WebappClient admin = new WebappClient(port, engine.getName());
    assertThat(admin.login(ProductionNode.ADMIN, ProductionNode.ADMIN_PASSWORD, "admin").statusCode()).isEqualTo(200);
  }

  @Test
  void anonymousSetupIsRefused() {
    assertSetupRefused();
  }

  @Test
  void anonymousSetupIsRefusedAfterTheLastAdministratorLeftTheGroup() {
    IdentityService identity = engine.getIdentityService();
    identity.deleteMembership(ProductionNode.ADMIN, Groups.CAMUNDA_ADMIN);
    try {
      assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
      assertSetupRefused();
    } finally {
      identity.createMembership(ProductionNode.ADMIN, Groups.CAMUNDA_ADMIN);
    }
  }

  @Test
  void theSessionCookieIsSecureWithOneSameSite() {
    WebappClient admin = new WebappClient(port, engine.getName());
    HttpResponse<String> login = admin.login(ProductionNode.ADMIN, ProductionNode.ADMIN_PASSWORD, "admin");
    String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElseThrow();
    List<String> attributes = Arrays.stream(session.split(";")).map(String::trim).toList();
    assertThat(attributes).as(session).contains("Secure", "HttpOnly");
    assertThat(attributes.stream().filter(a -> a.regionMatches(true, 0, "SameSite=", 0, 9))).as(session)
        .containsExactly("SameSite=Strict");
  }

  private void assertSetupRefused() {
    WebappClient stranger = new WebappClient(port, engine.getName());
    stranger.get("/camunda/api/admin/auth/user/" + engine.getName());
    HttpResponse<String> setup = stranger.post("/camunda/api/admin/setup/" + engine.getName() + "/user/create",
        INTRUDER);
    assertThat(setup.statusCode()).as(setup.body()).isIn(403, 404);
    assertThat(stranger.get("/camunda/app/admin/" + engine.getName() + "/setup/").statusCode()).isIn(403, 404);
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
  }
}
