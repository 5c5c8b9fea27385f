package cn.trafficpolice.eservices.tasklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Issue 14: how a review group reads and works its queue. By default the engine grants the candidate group one
 * authorization row per task, and the task query joins those rows on {@code RESOURCE_ID_ IN (task, definition,
 * '*')}, which no index serves: a queue's list and count grew with the square of its tasks. A group that alone
 * works every task of its process reads and works them through one grant on that process definition instead
 * ({@link #DEFINITION_PERMISSIONS}, given by {@link ReviewGroupsSetup}), and the engine writes no per-task row
 * for it; the rows it wrote before are removed when the engine starts. Where several groups share a process (ID
 * card clerks and heads), a definition grant would open one group's tasks to the other, so those tasks keep the
 * engine's per-task grants. Likewise a member of the sole group who claims a task gets no per-task row (the engine
 * would write one for the assignee): each such row of the logged-in reviewer is compared with every task of the
 * queue, so a reviewer holding 50 claimed tasks made the count of 100,000 tasks several times slower. A task given
 * to anyone else still gets the engine's grant, or they could not see the task given to them.
 */
@Component
class QueueAuthorizations extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(QueueAuthorizations.class);
  /** One statement: the engine's API would delete the rows one by one. */
  private static final String DELETE_PER_TASK_GRANTS = "delete from %1$sACT_RU_AUTHORIZATION where TYPE_ = "
      + Authorization.AUTH_TYPE_GRANT + " and RESOURCE_TYPE_ = " + Resources.TASK.resourceType()
      + " and GROUP_ID_ = ? and RESOURCE_ID_ in "
      + "(select T.ID_ from %1$sACT_RU_TASK T join %1$sACT_RE_PROCDEF D on T.PROC_DEF_ID_ = D.ID_ where D.KEY_ = ?)";

  /** What the engine's per-task grant gives a candidate group (READ, UPDATE), for every task of the process. */
  static final Permission[] DEFINITION_PERMISSIONS = {ProcessDefinitionPermissions.READ_TASK,
      ProcessDefinitionPermissions.UPDATE_TASK};

  /** Process key → the one group working it; processes shared by several groups are absent. */
  static final Map<String, String> SOLE_GROUP_OF_PROCESS = ReviewGroups.ALL.stream()
      .collect(Collectors.groupingBy(ReviewGroups.Group::processKey,
          Collectors.mapping(ReviewGroups.Group::id, Collectors.toSet())))
      .entrySet().stream().filter(e -> e.getValue().size() == 1)
      .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().iterator().next()));


  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider(task -> {
      ProcessDefinitionEntity definition = task instanceof TaskEntity entity ? entity.getProcessDefinition() : null;
      return definition == null ? null : SOLE_GROUP_OF_PROCESS.get(definition.getKey());
    }));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String sql = String.format(DELETE_PER_TASK_GRANTS, configuration.getDatabaseTablePrefix());
    try (Connection connection = configuration.getDataSource().getConnection();
        PreparedStatement delete = connection.prepareStatement(sql)) {
      for (Map.Entry<String, String> process : SOLE_GROUP_OF_PROCESS.entrySet()) {
        delete.setString(1, process.getValue());
        delete.setString(2, process.getKey());
        int removed = delete.executeUpdate();
        if (removed > 0) {
          log.info("Removed {} per-task grants of {}, which reads its tasks through its definition grant",
              removed, process.getValue());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("per-task grants of the review groups could not be removed", e);
    }
  }

  /**
   * The engine's default provider, without the per-task row for a task's sole group, nor for a member of that group
   * who takes the task themselves (Tasklist's claim): their group's grant already lets them read and work it. A task
   * given to anyone else (an administrator assigning it) still gets the engine's grant for its assignee.
   */
  static final class Provider extends DefaultAuthorizationProvider {

    private final Function<Task, String> soleGroup;

    Provider(Function<Task, String> soleGroup) {
      this.soleGroup = soleGroup;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      if (groupId != null && groupId.equals(soleGroup.apply(task))) {
        return null;
      }
      return super.newTaskGroupIdentityLink(task, groupId, type);
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      if (newAssignee != null && takenByAMemberOfItsGroup(task, newAssignee)) {
        return null;
      }
      return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    private boolean takenByAMemberOfItsGroup(Task task, String assignee) {
      String group = soleGroup.apply(task);
      CommandContext command = Context.getCommandContext();
      Authentication user = command == null ? null : command.getAuthentication();
      return group != null && user != null && assignee.equals(user.getUserId()) && user.getGroupIds() != null
          && user.getGroupIds().contains(group);
    }
  }
}
