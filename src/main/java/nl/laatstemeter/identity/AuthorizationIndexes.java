package nl.laatstemeter.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Two indexes beside Camunda's own on its authorization table, on H2 only, created once when the
 * engine has made its tables ({@code CREATE INDEX IF NOT EXISTS}).
 *
 * <p>With authorization checks on, every task a Tasklist filter counts or lists is checked with
 * sub-queries on {@code ACT_RU_AUTHORIZATION}: a grant for the user, a revoke for the user, a grant
 * for one of the user's groups, each on the task's id and the permission bits. Camunda's unique
 * indexes (type, user or group, resource type, resource id) find the row, but H2 then reads the
 * whole row from the table for {@code PERMS_}: 28% of Tasklist's request time in a profile at
 * 10,000 open tasks. These indexes hold {@code PERMS_} as well, so H2 answers from the index alone.
 * PostgreSQL gained nothing from them in the same measurement (it reads the row to check its
 * visibility all the same), so they are not made there.
 */
@Component
class AuthorizationIndexes {

  static final String GROUP_INDEX = "LM_AUTH_GROUP_PERMS";
  static final String USER_INDEX = "LM_AUTH_USER_PERMS";

  AuthorizationIndexes(ProcessEngine engine, DataSource dataSource) throws SQLException {
    // the engine is built: its schema exists (camunda.bpm.database.schema-update)
    try (Connection connection = dataSource.getConnection()) {
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE INDEX IF NOT EXISTS " + GROUP_INDEX
            + " ON ACT_RU_AUTHORIZATION (TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)");
        statement.execute("CREATE INDEX IF NOT EXISTS " + USER_INDEX
            + " ON ACT_RU_AUTHORIZATION (TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)");
      }
    }
  }
}
