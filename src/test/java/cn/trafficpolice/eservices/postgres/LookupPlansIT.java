package cn.trafficpolice.eservices.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.PostgresIntegrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: lookups that scanned a whole table once it was large are planned on an index (migration V192, and the
 * engine's own index for {@code tasklist/AuthorizedGroups}).
 * PostgreSQL plans a small test table with a scan whatever the indexes, so the plans are asked for with sequential
 * scans priced out: without the index the plan is still a sequential scan, and the test fails.
 */
@PostgresIntegrationTest
class LookupPlansIT {

  @Autowired
  DataSource dataSource;

  @Test
  void completingATaskFindsItsSubtasksByIndex() throws Exception {
    // the engine's selectTasksByParentTaskId, run on every task completion
    assertThat(plan("SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = 'none'")).contains("idx_task_parent")
        .doesNotContain("Seq Scan");
  }

  @Test
  void aCitizensVehiclesAreFoundByIndex() throws Exception {
    // registry/JdbcVehicleRegistry: the owner's plated vehicles
    assertThat(plan("SELECT * FROM vehicle WHERE owner_id_number = '440802199001010000' AND plate_number IS NOT NULL"))
        .contains("idx_vehicle_owner").doesNotContain("Seq Scan");
  }

  @Test
  void aUsersGroupsWithGrantsAreFoundByIndex() throws Exception {
    // tasklist/AuthorizedGroups, before every authorization check of a command: one lookup per group of the user
    assertThat(plan("SELECT MIN(GROUP_ID_) FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ = 'photo-reviewers' UNION ALL "
        + "SELECT MIN(GROUP_ID_) FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ = 'filing-reviewers'"))
        .contains("act_idx_auth_group_id").doesNotContain("Seq Scan");
  }

  private String plan(String sql) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCAL enable_seqscan = off");
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
          while (rows.next()) {
            lines.add(rows.getString(1));
          }
        }
        return String.join("\n", lines);
      } finally {
        connection.rollback();
      }
    }
  }
}
