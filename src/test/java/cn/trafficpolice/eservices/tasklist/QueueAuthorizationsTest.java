package cn.trafficpolice.eservices.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess;
import cn.trafficpolice.eservices.idcard.IdCardReissueProcess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14: a review group reads and works its queue through its grant on its process definition, without a
 * per-task authorization row, and still sees no other group's task (README: a reviewer sees only the tasks of
 * their own group).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class QueueAuthorizationsTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  QueueAuthorizations queueAuthorizations;

  @AfterEach
  void logOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void aPhotoTaskGetsNoPerTaskGrantAndTheGroupStillListsAndClaimsIt() {
    Task task = waitingAt(ElectronicLicenceProcess.KEY, ElectronicLicenceProcess.TASK_REVIEW_PHOTO);
    assertThat(perTaskGrants(task, ReviewGroups.PHOTO_REVIEWERS)).isEmpty();

    loggedIn("photo.reviewer", ReviewGroups.PHOTO_REVIEWERS);
    String groupTasks = engine.getFilterService().createFilterQuery()
        .filterName(GroupTasksFilter.NAME).singleResult().getId();
    List<Task> queue = engine.getFilterService().list(groupTasks);
    assertThat(queue).extracting(Task::getId).contains(task.getId());
    engine.getTaskService().claim(task.getId(), "photo.reviewer");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
        .isEqualTo("photo.reviewer");
  }

  @Test
  void aReviewerWhoClaimsAPhotoTaskWorksItThroughTheGroupGrantAlone() {
    Task task = waitingAt(ElectronicLicenceProcess.KEY, ElectronicLicenceProcess.TASK_REVIEW_PHOTO);

    loggedIn("photo.reviewer", ReviewGroups.PHOTO_REVIEWERS);
    engine.getTaskService().claim(task.getId(), "photo.reviewer");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).list()).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee("photo.reviewer").taskId(task.getId())
        .count()).isOne();
    engine.getTaskService().complete(task.getId(), Map.of(ElectronicLicenceProcess.VAR_PHOTO_APPROVED, true));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  void aPhotoTaskAssignedToSomeoneOutsideTheGroupGrantsThemTheTask() {
    Task task = waitingAt(ElectronicLicenceProcess.KEY, ElectronicLicenceProcess.TASK_REVIEW_PHOTO);

    engine.getTaskService().setAssignee(task.getId(), "filing.reviewer");

    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).userIdIn("filing.reviewer").count()).isOne();
    loggedIn("filing.reviewer", ReviewGroups.FILING_REVIEWERS);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  void aReviewerOfAnotherGroupNeitherSeesNorClaimsAPhotoTask() {
    Task task = waitingAt(ElectronicLicenceProcess.KEY, ElectronicLicenceProcess.TASK_REVIEW_PHOTO);

    loggedIn("filing.reviewer", ReviewGroups.FILING_REVIEWERS);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
    assertThatThrownBy(() -> engine.getTaskService().claim(task.getId(), "filing.reviewer"))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void inTheSharedIdCardProcessTheHeadsDoNotSeeTheClerksTask() {
    Task task = waitingAt(IdCardReissueProcess.KEY, IdCardReissueProcess.TASK_REVIEW_APPOINTMENT);
    assertThat(perTaskGrants(task, ReviewGroups.ID_CARD_CLERKS)).hasSize(1);

    loggedIn("idcard.head", ReviewGroups.ID_CARD_HEADS);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId()))
        .isInstanceOf(AuthorizationException.class);

    loggedIn("idcard.clerk", ReviewGroups.ID_CARD_CLERKS);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  void perTaskGrantsWrittenBeforeAreRemovedAtStartOnlyWhereTheDefinitionGrantCoversThem() {
    Task photo = waitingAt(ElectronicLicenceProcess.KEY, ElectronicLicenceProcess.TASK_REVIEW_PHOTO);
    Task appointment = waitingAt(IdCardReissueProcess.KEY, IdCardReissueProcess.TASK_REVIEW_APPOINTMENT);
    grantTask(photo, ReviewGroups.PHOTO_REVIEWERS);
    grantTask(appointment, ReviewGroups.PHOTO_REVIEWERS);

    queueAuthorizations.postProcessEngineBuild(engine);

    assertThat(perTaskGrants(photo, ReviewGroups.PHOTO_REVIEWERS)).isEmpty();
    assertThat(perTaskGrants(appointment, ReviewGroups.PHOTO_REVIEWERS)).hasSize(1);
    assertThat(perTaskGrants(appointment, ReviewGroups.ID_CARD_CLERKS)).hasSize(1);
  }

  private Task waitingAt(String processKey, String taskId) {
    // the ID card process's timer (ID-4) needs its deadline from the start
    String instance = engine.getRuntimeService().createProcessInstanceByKey(processKey)
        .setVariable(IdCardReissueProcess.VAR_ISSUE_DEADLINE, new java.util.Date())
        .startBeforeActivity(taskId).execute().getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
  }

  private List<Authorization> perTaskGrants(Task task, String group) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).groupIdIn(group).list();
  }

  private void grantTask(Task task, String group) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(Resources.TASK);
    grant.setResourceId(task.getId());
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  private void loggedIn(String user, String group) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
  }
}
