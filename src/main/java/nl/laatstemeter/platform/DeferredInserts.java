package nl.laatstemeter.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows the product writes beside the engine's (a ledger row, a digest notice for every new task),
 * sent as one JDBC batch per statement just before the transaction commits instead of one
 * statement each. A job that starts 25 dwellings creates 25 tasks: two statements instead of 50
 * round trips to the database. Still in the same transaction: a rolled-back task leaves no row.
 *
 * <p>A statement that must see the rows (an update of a row written in the same transaction)
 * calls {@link #flush()} first. Outside a transaction a row is written at once.
 */
@Component
public class DeferredInserts {

  private static final Object PENDING = new Object();

  private final JdbcTemplate jdbc;

  public DeferredInserts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the row with this INSERT statement before the running transaction commits. */
  public void add(String insert, Object... values) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      jdbc.update(insert, values);
      return;
    }
    pending().computeIfAbsent(insert, sql -> new ArrayList<>()).add(values);
  }

  /** Writes the rows of the running transaction now (for a statement that must see them). */
  public void flush() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.hasResource(PENDING)) {
      return;
    }
    Map<String, List<Object[]>> rows = pending();
    for (Map.Entry<String, List<Object[]>> statement : rows.entrySet()) {
      if (statement.getValue().size() == 1) {
        jdbc.update(statement.getKey(), statement.getValue().get(0));
      } else {
        jdbc.batchUpdate(statement.getKey(), statement.getValue());
      }
    }
    rows.clear();
  }

  @SuppressWarnings("unchecked")
  private Map<String, List<Object[]>> pending() {
    Map<String, List<Object[]>> rows = (Map<String, List<Object[]>>) TransactionSynchronizationManager.getResource(PENDING);
    if (rows == null) {
      rows = new LinkedHashMap<>();
      TransactionSynchronizationManager.bindResource(PENDING, rows);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          DeferredInserts.this.flush(); // (TransactionSynchronization has a flush() of its own)
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
        }
      });
    }
    return rows;
  }
}
