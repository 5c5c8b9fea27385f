package cn.trafficpolice.eservices.tasklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Issue 14: which of a user's groups have authorizations at all. Before each authorization check the engine narrows
 * the logged-in user's groups to those named by some authorization row, and finds them with {@code SELECT
 * DISTINCT GROUP_ID_} over every row of {@code ACT_RU_AUTHORIZATION}, once per command. Every open ID card task
 * keeps per-task grants ({@link QueueAuthorizations}), so that read grew with the ID card queue and slowed every
 * Tasklist request of every reviewer. Here each of the user's own groups is asked for instead, one index lookup
 * each ({@link Statements#AMONG}): the answer is the same set, its cost the number of the user's groups.
 */
@Component
class AuthorizedGroups extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSqlSessionFactory().getConfiguration().addMapper(Statements.class);
  }

  /** The engine's authorization manager, one per command, with the narrowing above. */
  static final class Manager extends AuthorizationManager {

    /** Groups already asked for in this command, and those of them that have authorizations. */
    private final Set<String> asked = new HashSet<>();
    private final Set<String> authorized = new HashSet<>();

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> groupIds) {
      if (groupIds == null || groupIds.isEmpty()) {
        return super.filterAuthenticatedGroupIds(groupIds);
      }
      List<String> unasked = groupIds.stream().filter(Objects::nonNull).filter(g -> !asked.contains(g))
          .distinct().toList();
      if (!unasked.isEmpty()) {
        for (Object group : getDbEntityManager().selectListWithRawParameter(Statements.AMONG,
            Map.of("groupIds", unasked), 0, Integer.MAX_VALUE)) {
          if (group != null) {
            authorized.add((String) group);
          }
        }
        asked.addAll(unasked);
      }
      Set<String> answer = new HashSet<>(groupIds);
      answer.retainAll(authorized);
      return new ArrayList<>(answer);
    }
  }

  /**
   * The lookup, a MyBatis statement of the engine's session. {@code MIN} over one group's rows is answered from the
   * engine's index on {@code GROUP_ID_} without reading the rows, and is null for a group without any.
   */
  interface Statements {

    String AMONG = "cn.trafficpolice.eservices.tasklist.AuthorizedGroups$Statements.among";

    @Select({"<script>",
        "<foreach collection='groupIds' item='group' separator=' UNION ALL '>",
        "SELECT MIN(GROUP_ID_) FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ = #{group}",
        "</foreach>",
        "</script>"})
    List<String> among(@Param("groupIds") List<String> groupIds);
  }

  private static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Manager();
    }
  }
}
