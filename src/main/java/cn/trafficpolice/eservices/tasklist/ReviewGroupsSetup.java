package cn.trafficpolice.eservices.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.trafficpolice.eservices.database.StartupLock;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure every review group of the contract exists and may open Tasklist, see the shared "my group's tasks"
 * filter and read the definition of its own process (for the task forms), and no other. Tasks themselves are
 * visible only to their candidate group: a group that alone works its process reads and works its tasks through
 * its grant on that definition ({@link QueueAuthorizations}); for a process shared by several groups the engine
 * grants each task to its candidate group (authorizations are on). Reviewers are people, added to the groups in
 * Admin.
 */
@Component
class ReviewGroupsSetup {

  private static final Logger log = LoggerFactory.getLogger(ReviewGroupsSetup.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final StartupLock startupLock;

  ReviewGroupsSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
      TaskService tasks, StartupLock startupLock) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.startupLock = startupLock;
  }

  /** One node at a time: nodes of a cluster starting together would each create what is missing. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void ensure() {
    startupLock.whileHeld(this::ensureNow);
  }

  private void ensureNow() {
    String filterId = GroupTasksFilter.ensure(filters, tasks);
    for (ReviewGroups.Group g : ReviewGroups.ALL) {
      if (identity.createGroupQuery().groupId(g.id()).count() == 0) {
        Group group = identity.newGroup(g.id());
        group.setName(g.name());
        group.setType("WORKFLOW");
        identity.saveGroup(group);
        log.info("Created review group {}", g.id());
      }
      grant(g.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(g.id(), Resources.FILTER, filterId, Permissions.READ);
      grant(g.id(), Resources.PROCESS_DEFINITION, g.processKey(), Permissions.READ);
      if (g.id().equals(QueueAuthorizations.SOLE_GROUP_OF_PROCESS.get(g.processKey()))) {
        for (Permission p : QueueAuthorizations.DEFINITION_PERMISSIONS) {
          grant(g.id(), Resources.PROCESS_DEFINITION, g.processKey(), p);
        }
      }
      revokeEarlierReadOfEveryDefinition(g.id());
    }
  }

  /** Earlier versions let every review group read every process definition. */
  private void revokeEarlierReadOfEveryDefinition(String groupId) {
    authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(Authorization.ANY).list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  /** Adds the permission to the group's grant on the resource (one row per group and resource), or makes it. */
  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization auth = authorizations.createAuthorizationQuery().groupIdIn(groupId).authorizationType(
        AUTH_TYPE_GRANT).resourceType(resource).resourceId(resourceId).singleResult();
    if (auth != null && auth.isPermissionGranted(permission)) {
      return;
    }
    if (auth == null) {
      auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    auth.addPermission(permission);
    authorizations.saveAuthorization(auth);
  }
}
