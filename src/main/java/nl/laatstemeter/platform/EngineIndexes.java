package nl.laatstemeter.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Indexes beside Camunda's own on its runtime tables, created once when the engine has made its
 * tables ({@code CREATE INDEX IF NOT EXISTS}, H2 and PostgreSQL alike). Each serves a query the
 * engine itself makes, which at the size of a project (10,000 dwellings, as many open tasks)
 * otherwise reads a whole table or many table rows.
 * <ul>
 *   <li>{@value #TASK_PARENT_INDEX}, both databases: completing or deleting a task asks for its
 *   sub-tasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}); Camunda has no index
 *   on that column, so every completed task read every open task.</li>
 *   <li>{@value #AUTH_GROUP_INDEX} and {@value #AUTH_USER_INDEX}, H2 only: with authorization
 *   checks on, every task a Tasklist filter counts or lists is checked with sub-queries on
 *   {@code ACT_RU_AUTHORIZATION} (a grant for the user, a revoke for the user, a grant for one of
 *   the user's groups, each on the task's id and the permission bits). Camunda's unique indexes find
 *   the row, but H2 then reads it from the table for {@code PERMS_}: 28% of Tasklist's request time
 *   in a profile at 10,000 open tasks. These indexes hold {@code PERMS_} too, so H2 answers from the
 *   index. PostgreSQL gained nothing from them in the same measurement (it reads the row to check
 *   its visibility all the same), so they are not made there.</li>
 * </ul>
 */
@Component
public class EngineIndexes {

  public static final String TASK_PARENT_INDEX = "LM_TASK_PARENT";
  public static final String AUTH_GROUP_INDEX = "LM_AUTH_GROUP_PERMS";
  public static final String AUTH_USER_INDEX = "LM_AUTH_USER_PERMS";

  EngineIndexes(ProcessEngine engine, DataSource dataSource) throws SQLException {
    // the engine is built: its schema exists (camunda.bpm.database.schema-update)
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      create(statement, "CREATE INDEX IF NOT EXISTS " + TASK_PARENT_INDEX + " ON ACT_RU_TASK (PARENT_TASK_ID_)");
      if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
        create(statement, "CREATE INDEX IF NOT EXISTS " + AUTH_GROUP_INDEX
            + " ON ACT_RU_AUTHORIZATION (TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)");
        create(statement, "CREATE INDEX IF NOT EXISTS " + AUTH_USER_INDEX
            + " ON ACT_RU_AUTHORIZATION (TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)");
      }
    }
  }

  /**
   * Two nodes starting at the same moment may both create the index; PostgreSQL then refuses the
   * second with a duplicate name. Asked again, it finds the index made by the other node.
   */
  private static void create(Statement statement, String ddl) throws SQLException {
    try {
      statement.execute(ddl);
    } catch (SQLException concurrentlyCreated) {
      statement.execute(ddl);
    }
  }
}
