package nl.laatstemeter.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.laatstemeter.EngineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deferred rows are written when their transaction commits, in one batch, and not at all when it
 * rolls back; a flush makes them visible to the transaction's next statement.
 */
@EngineTest
class DeferredInsertsTest {

  private static final String INSERT = "INSERT INTO LM_TASK_NOTICE (task_id, created_at) VALUES (?, CURRENT_TIMESTAMP)";

  @Autowired DeferredInserts inserts;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  private TransactionTemplate transaction;
  private String prefix;

  @BeforeEach
  void setUp() {
    transaction = new TransactionTemplate(transactions);
    prefix = "deferred-" + UUID.randomUUID().toString().substring(0, 8) + "-";
  }

  @AfterEach
  void removeRows() {
    jdbc.update("DELETE FROM LM_TASK_NOTICE WHERE task_id LIKE ?", prefix + "%");
  }

  private int rows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM LM_TASK_NOTICE WHERE task_id LIKE ?", Integer.class, prefix + "%");
  }

  @Test
  void rowsAreWrittenWhenTheTransactionCommitsAndVisibleEarlierAfterAFlush() {
    transaction.executeWithoutResult(status -> {
      inserts.add(INSERT, prefix + "1");
      inserts.add(INSERT, prefix + "2");
      assertThat(rows()).as("not yet written").isZero();
      inserts.flush();
      assertThat(rows()).as("after a flush, in the same transaction").isEqualTo(2);
      inserts.add(INSERT, prefix + "3");
    });
    assertThat(rows()).isEqualTo(3);
  }

  @Test
  void aRolledBackTransactionLeavesNoRow() {
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      inserts.add(INSERT, prefix + "1");
      throw new IllegalStateException("afgebroken");
    })).hasMessage("afgebroken");
    assertThat(rows()).isZero();

    transaction.executeWithoutResult(status -> inserts.add(INSERT, prefix + "2"));
    assertThat(rows()).as("the next transaction starts empty").isEqualTo(1);
  }

  @Test
  void outsideATransactionARowIsWrittenAtOnce() {
    inserts.add(INSERT, prefix + "1");
    assertThat(rows()).isEqualTo(1);
  }
}
