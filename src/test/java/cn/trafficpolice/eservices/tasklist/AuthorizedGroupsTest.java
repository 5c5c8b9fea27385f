package cn.trafficpolice.eservices.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14: the engine narrows a user's groups to those with authorizations by asking for the user's own groups
 * ({@link AuthorizedGroups}), and gets the engine's answer: a group named by a grant is kept, one without any is
 * dropped, a grant given meanwhile counts at the next command.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class AuthorizedGroupsTest {

  private static final String NEW_GROUP = "authorized-groups-test";

  @Autowired
  ProcessEngine engine;
  @Autowired
  AuthorizationService authorizations;

  @AfterEach
  void removeGrant() {
    authorizations.createAuthorizationQuery().groupIdIn(NEW_GROUP).list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  @Test
  void keepsTheGroupsWithGrantsAndDropsTheOthers() {
    List<String> groups = List.of(ReviewGroups.PHOTO_REVIEWERS, NEW_GROUP, "no-such-group");
    assertThat(filtered(groups)).containsExactly(ReviewGroups.PHOTO_REVIEWERS);

    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(NEW_GROUP);
    grant.setResource(Resources.FILTER);
    grant.setResourceId("*");
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);

    assertThat(filtered(groups)).containsExactlyInAnyOrder(ReviewGroups.PHOTO_REVIEWERS, NEW_GROUP);
    assertThat(filtered(List.of())).isEmpty();
  }

  @Test
  void aSecondListInOneCommandIsAnsweredWhole() {
    assertThat(command(manager -> {
      manager.filterAuthenticatedGroupIds(List.of(ReviewGroups.PHOTO_REVIEWERS));
      // a second list in the same command: the new group is asked for, the known one answered from the first
      return manager.filterAuthenticatedGroupIds(List.of(ReviewGroups.PHOTO_REVIEWERS, ReviewGroups.FILING_REVIEWERS,
          NEW_GROUP));
    })).containsExactlyInAnyOrder(ReviewGroups.PHOTO_REVIEWERS, ReviewGroups.FILING_REVIEWERS);
  }

  private List<String> filtered(List<String> groups) {
    return command(manager -> manager.filterAuthenticatedGroupIds(groups));
  }

  private List<String> command(java.util.function.Function<AuthorizationManager, List<String>> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          AuthorizationManager manager = context.getAuthorizationManager();
          assertThat(manager).isInstanceOf(AuthorizedGroups.Manager.class);
          return work.apply(manager);
        });
  }
}
