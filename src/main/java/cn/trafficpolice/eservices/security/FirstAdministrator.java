package cn.trafficpolice.eservices.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.trafficpolice.eservices.database.StartupLock;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * CVE-2026-77226: Camunda's setup page is closed (SecurityConfig), so the first administrator comes from the
 * environment ({@value #USERNAME}, {@value #PASSWORD}; DefaultSecretsGuard demands a strong password). The user is
 * created once, when missing, as a member of {@code camunda-admin} with every permission. A node that has no
 * administrator and is given none refuses to start: nobody could ever manage its users. Nodes starting together
 * on a new database create it one at a time ({@link StartupLock}).
 */
@Component
class FirstAdministrator extends AbstractProcessEnginePlugin {

  static final String USERNAME = "eservices.admin.username";
  static final String PASSWORD = "eservices.admin.password";
  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final Environment environment;
  private final StartupLock startupLock;

  FirstAdministrator(Environment environment, StartupLock startupLock) {
    this.environment = environment;
    this.startupLock = startupLock;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    String username = environment.getProperty(USERNAME, "");
    IdentityService identity = engine.getIdentityService();
    if (!username.isEmpty()) {
      String password = environment.getProperty(PASSWORD, "");
      startupLock.whileHeld(() -> ensureAdministrator(engine, username, password));
    } else if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0
        && environment.getProperty("camunda.bpm.admin-user.id") == null) {
      throw new IllegalStateException("No Camunda administrator exists and none is configured: set " + USERNAME
          + " and " + PASSWORD + " (the setup page is closed)");
    }
  }

  private void ensureAdministrator(ProcessEngine engine, String username, String password) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("系统管理员");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    grantEverything(engine.getAuthorizationService());
    if (identity.createUserQuery().userId(username).count() == 0) {
      User user = identity.newUser(username);
      user.setFirstName("系统");
      user.setLastName("管理员");
      user.setPassword(password);
      identity.saveUser(user);
      log.info("Created the first administrator {} from {}", username, USERNAME);
    }
    if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(username, Groups.CAMUNDA_ADMIN);
    }
  }

  private static void grantEverything(AuthorizationService authorizations) {
    for (Resource resource : Resources.values()) {
      if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource)
          .resourceId(ANY).count() == 0) {
        Authorization all = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        all.setGroupId(Groups.CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId(ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }
}
