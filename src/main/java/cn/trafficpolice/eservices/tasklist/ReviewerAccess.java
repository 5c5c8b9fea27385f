package cn.trafficpolice.eservices.tasklist;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.error.ErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The review API ({@code /review-api/**}) serves Tasklist forms the applicant's data and photos, which live in
 * the app's tables, not in process variables. Its caller is the reviewer logged in to the webapps (their Camunda
 * session), and a reviewer reads only the data of a task open to one of their groups or assigned to them.
 */
@Component
public class ReviewerAccess {

  private final ProcessEngine engine;
  private final TaskService tasks;

  ReviewerAccess(ProcessEngine engine, TaskService tasks) {
    this.engine = engine;
    this.tasks = tasks;
  }

  public Reviewer current(HttpServletRequest request) {
    return find(request).orElseThrow(() ->
        new BusinessException(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHENTICATED, "请先登录任务管理系统"));
  }

  /** The person logged in to the webapps in this request's session, if any. */
  public Optional<Reviewer> find(HttpServletRequest request) {
    return sessionUser(request).map(user -> new Reviewer(user.getIdentityId(),
        user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
  }

  /** Whether the session's user may open the given webapp ({@code cockpit}, {@code tasklist}, {@code admin}). */
  public boolean mayOpen(HttpServletRequest request, String app) {
    return sessionUser(request)
        .map(user -> user.getAuthorizedApps() != null && user.isAuthorizedForApp(app))
        .orElse(false);
  }

  private Optional<UserAuthentication> sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication auth = auths == null ? null : auths.getAuthenticationForProcessEngine(engine.getName());
    if (auth instanceof UserAuthentication user && user.getIdentityId() != null) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /**
   * @return the open task of the given process, if the reviewer is its assignee or in one of its candidate
   *     groups; anything else answers 404
   */
  public Task openTask(Reviewer reviewer, String taskId, String processKey) {
    Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(processKey).singleResult();
    if (task == null || !mayWorkOn(reviewer, task)) {
      throw BusinessException.notFound("未找到该任务");
    }
    return task;
  }

  private boolean mayWorkOn(Reviewer reviewer, Task task) {
    if (reviewer.userId().equals(task.getAssignee())) {
      return true;
    }
    return !reviewer.groupIds().isEmpty() && tasks.createTaskQuery().taskId(task.getId())
        .taskCandidateGroupIn(reviewer.groupIds()).includeAssignedTasks().count() > 0;
  }

  /** The serial number of the application a task belongs to (the process instance's business key). */
  public String serialOf(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }
}
