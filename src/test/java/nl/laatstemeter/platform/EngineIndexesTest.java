package nl.laatstemeter.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.laatstemeter.EngineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On H2 the engine's look-up of a task's sub-tasks and the sub-queries with which Camunda checks a
 * task's authorizations in a Tasklist filter go through the indexes of {@link EngineIndexes}; the
 * authorization indexes also hold the permission bits.
 */
@EngineTest
class EngineIndexesTest {

  @Autowired JdbcTemplate jdbc;

  private List<String> columns(String table, String index) {
    return jdbc.queryForList("""
        SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS
        WHERE INDEX_NAME = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION""", String.class, index, table);
  }

  private String plan(String sql) {
    return jdbc.queryForObject("EXPLAIN " + sql, String.class);
  }

  @Test
  void theGroupAndUserAuthorizationIndexesHoldThePermissionBits() {
    assertThat(columns("ACT_RU_AUTHORIZATION", EngineIndexes.AUTH_GROUP_INDEX))
        .containsExactly("TYPE_", "GROUP_ID_", "RESOURCE_TYPE_", "RESOURCE_ID_", "PERMS_");
    assertThat(columns("ACT_RU_AUTHORIZATION", EngineIndexes.AUTH_USER_INDEX))
        .containsExactly("TYPE_", "USER_ID_", "RESOURCE_TYPE_", "RESOURCE_ID_", "PERMS_");
  }

  @Test
  void h2ChecksAGroupsGrantOnATaskThroughTheAuthorizationIndex() {
    // the shape of Camunda's check for a group's READ grant on a task (authorization-check-revokes: always)
    assertThat(plan("""
        SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A
        WHERE A.TYPE_ = 1 AND A.GROUP_ID_ IN ('cooperatie-demo') AND BITAND(A.PERMS_, 2) = 2
          AND A.RESOURCE_TYPE_ = 7 AND A.RESOURCE_ID_ = 'task-1'""")).contains(EngineIndexes.AUTH_GROUP_INDEX);
  }

  @Test
  void theSubTasksOfATaskAreFoundThroughTheParentIndex() {
    assertThat(columns("ACT_RU_TASK", EngineIndexes.TASK_PARENT_INDEX)).containsExactly("PARENT_TASK_ID_");
    // Camunda's statement when a task is completed or deleted (Task.xml, selectTasksByParentTaskId)
    assertThat(plan("select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'task-1'")).contains(EngineIndexes.TASK_PARENT_INDEX);
  }
}
