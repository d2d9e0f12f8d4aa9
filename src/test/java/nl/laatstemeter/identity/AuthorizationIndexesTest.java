package nl.laatstemeter.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.laatstemeter.EngineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On H2 the authorization table has indexes that also hold the permission bits, and H2 uses them for
 * the sub-queries with which Camunda checks a task's authorizations in a Tasklist filter.
 */
@EngineTest
class AuthorizationIndexesTest {

  @Autowired JdbcTemplate jdbc;

  private List<String> columns(String index) {
    return jdbc.queryForList("""
        SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS
        WHERE INDEX_NAME = ? AND TABLE_NAME = 'ACT_RU_AUTHORIZATION' ORDER BY ORDINAL_POSITION""", String.class, index);
  }

  @Test
  void theGroupAndUserIndexesHoldThePermissionBits() {
    assertThat(columns(AuthorizationIndexes.GROUP_INDEX))
        .containsExactly("TYPE_", "GROUP_ID_", "RESOURCE_TYPE_", "RESOURCE_ID_", "PERMS_");
    assertThat(columns(AuthorizationIndexes.USER_INDEX))
        .containsExactly("TYPE_", "USER_ID_", "RESOURCE_TYPE_", "RESOURCE_ID_", "PERMS_");
  }

  @Test
  void h2ChecksAGroupsGrantOnATaskThroughTheIndex() {
    // the shape of Camunda's check for a group's READ grant on a task (authorization-check-revokes: always)
    String plan = jdbc.queryForObject("""
        EXPLAIN SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A
        WHERE A.TYPE_ = 1 AND A.GROUP_ID_ IN ('cooperatie-demo') AND BITAND(A.PERMS_, 2) = 2
          AND A.RESOURCE_TYPE_ = 7 AND A.RESOURCE_ID_ = 'task-1'""", String.class);
    assertThat(plan).contains(AuthorizationIndexes.GROUP_INDEX);
  }
}
