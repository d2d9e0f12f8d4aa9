package nl.laatstemeter.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import nl.laatstemeter.platform.DeferredInserts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The state of the party digests, in tables beside Camunda's (H2 or PostgreSQL, plain SQL; created
 * by {@code schema.sql}):
 * <ul>
 *   <li>{@code LM_TASK_NOTICE}: a task that was created, written in the transaction that creates
 *   it; its recipients are resolved later, once the routing has given it its groups;</li>
 *   <li>{@code LM_DIGEST_ITEM}: a task a user still has to hear about;</li>
 *   <li>{@code LM_DIGEST_USER}: per user, when the last digest went out.</li>
 * </ul>
 * Several nodes share the tables. A node claims rows with one atomic
 * {@code UPDATE ... SET claimed_by = <node> WHERE claimed_by IS NULL} (H2 has no
 * {@code SKIP LOCKED}); a claim older than the claim timeout is taken over, for a node that
 * stopped halfway.
 */
@Repository
class DigestStore {

  static final int BATCH = 500;

  private final JdbcTemplate jdbc;
  private final DeferredInserts inserts;
  private final TransactionTemplate transaction;

  DigestStore(JdbcTemplate jdbc, DeferredInserts inserts, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.inserts = inserts;
    this.transaction = new TransactionTemplate(transactions);
  }

  // ---- notices

  /** Records a new task; joins the transaction that creates it. */
  void notice(String taskId, Instant createdAt) {
    // with the other notices of the transaction, in one batch just before it commits
    inserts.add("INSERT INTO LM_TASK_NOTICE (task_id, created_at) VALUES (?, ?)", taskId, Timestamp.from(createdAt));
  }

  /** Claims up to {@value #BATCH} unclaimed (or stale) notices for the node; returns how many. */
  int claimNotices(String node, Instant now, Instant staleBefore) {
    Timestamp stale = Timestamp.from(staleBefore);
    return jdbc.update("""
        UPDATE LM_TASK_NOTICE SET claimed_by = ?, claimed_at = ?
        WHERE task_id IN (SELECT task_id FROM LM_TASK_NOTICE WHERE claimed_by IS NULL OR claimed_at < ?
                          ORDER BY created_at FETCH FIRST %d ROWS ONLY)
          AND (claimed_by IS NULL OR claimed_at < ?)""".formatted(BATCH),
        node, Timestamp.from(now), stale, stale);
  }

  List<String> claimedNotices(String node) {
    return jdbc.queryForList("SELECT task_id FROM LM_TASK_NOTICE WHERE claimed_by = ? ORDER BY created_at",
        String.class, node);
  }

  /** Ensures the user has a row (its own statement: a concurrent insert by another node is fine). */
  void ensureUser(String userId) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM LM_DIGEST_USER WHERE user_id = ?", Integer.class, userId);
    if (n != null && n > 0) {
      return;
    }
    try {
      jdbc.update("INSERT INTO LM_DIGEST_USER (user_id) VALUES (?)", userId);
    } catch (DuplicateKeyException e) {
      // another node created it a moment ago
    }
  }

  /** One task a user will hear about. */
  record Item(String userId, String taskId, Instant createdAt) {}

  /** In one transaction: the items for the users, and the claimed notices are done. */
  void distribute(String node, Collection<String> taskIds, Collection<Item> items) {
    transaction.executeWithoutResult(status -> {
      jdbc.batchUpdate("""
          INSERT INTO LM_DIGEST_ITEM (user_id, task_id, created_at)
          SELECT user_id, ?, ? FROM LM_DIGEST_USER WHERE user_id = ?
            AND NOT EXISTS (SELECT 1 FROM LM_DIGEST_ITEM WHERE user_id = ? AND task_id = ?)""",
          items.stream().map(i -> new Object[] {i.taskId(), Timestamp.from(i.createdAt()), i.userId(), i.userId(),
              i.taskId()}).toList());
      jdbc.batchUpdate("DELETE FROM LM_TASK_NOTICE WHERE task_id = ? AND claimed_by = ?",
          taskIds.stream().map(id -> new Object[] {id, node}).toList());
    });
  }

  // ---- overdue tasks

  /**
   * Marks that the task's overdue level (1: overdue, 2: three working days overdue) has been put in
   * the digests; false when it already was (by this or another node).
   */
  boolean markOverdue(String taskId, int level) {
    try {
      return jdbc.update("INSERT INTO LM_OVERDUE_NOTICE (task_id, overdue_level) VALUES (?, ?)", taskId, level) == 1;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** Items without notices (overdue tasks), for users that have a row. */
  void addItems(Collection<Item> items) {
    jdbc.batchUpdate("""
        INSERT INTO LM_DIGEST_ITEM (user_id, task_id, created_at)
        SELECT user_id, ?, ? FROM LM_DIGEST_USER WHERE user_id = ?
          AND NOT EXISTS (SELECT 1 FROM LM_DIGEST_ITEM WHERE user_id = ? AND task_id = ?)""",
        items.stream().map(i -> new Object[] {i.taskId(), Timestamp.from(i.createdAt()), i.userId(), i.userId(),
            i.taskId()}).toList());
  }

  // ---- digests

  /**
   * Users with items whose last digest is older than the interval, whom no node is mailing and
   * whose last failed digest (if any) may be tried again.
   */
  List<String> dueUsers(Instant sentBefore, Instant staleBefore, Instant now) {
    return jdbc.queryForList("""
        SELECT u.user_id FROM LM_DIGEST_USER u
        WHERE (u.last_sent_at IS NULL OR u.last_sent_at <= ?)
          AND (u.claimed_by IS NULL OR u.claimed_at < ?)
          AND (u.retry_after IS NULL OR u.retry_after <= ?)
          AND EXISTS (SELECT 1 FROM LM_DIGEST_ITEM i WHERE i.user_id = u.user_id)
        ORDER BY u.user_id""", String.class, Timestamp.from(sentBefore), Timestamp.from(staleBefore), Timestamp.from(now));
  }

  /** Claims the user's digest for the node: true when this node now mails the user. */
  boolean claimUser(String userId, String node, Instant now, Instant sentBefore, Instant staleBefore) {
    return jdbc.update("""
        UPDATE LM_DIGEST_USER SET claimed_by = ?, claimed_at = ?
        WHERE user_id = ? AND (claimed_by IS NULL OR claimed_at < ?)
          AND (last_sent_at IS NULL OR last_sent_at <= ?)
          AND (retry_after IS NULL OR retry_after <= ?)""",
        node, Timestamp.from(now), userId, Timestamp.from(staleBefore), Timestamp.from(sentBefore), Timestamp.from(now)) == 1;
  }

  List<String> items(String userId) {
    return jdbc.queryForList("SELECT task_id FROM LM_DIGEST_ITEM WHERE user_id = ? ORDER BY created_at, task_id",
        String.class, userId);
  }

  /** After a sent digest: its items are done, the interval starts again, the claim is released. */
  void sent(String userId, String node, Collection<String> taskIds, Instant sentAt) {
    transaction.executeWithoutResult(status -> {
      deleteItems(userId, taskIds);
      jdbc.update("UPDATE LM_DIGEST_USER SET last_sent_at = ?, claimed_by = NULL, claimed_at = NULL, "
          + "failed_tries = 0, retry_after = NULL WHERE user_id = ? AND claimed_by = ?", Timestamp.from(sentAt), userId, node);
    });
  }

  /** Items that need no mail (tasks closed, user no longer wants mail); releases the claim. */
  void drop(String userId, String node, Collection<String> taskIds) {
    transaction.executeWithoutResult(status -> {
      deleteItems(userId, taskIds);
      release(userId, node);
    });
  }

  /**
   * After a digest that could not be sent: its items stay, the claim is released, and the user is
   * tried again after {@code firstWait}, doubled for every earlier failure since the last sent
   * digest, at most {@code maxWait}. Returns when.
   */
  Instant failed(String userId, String node, Instant now, Duration firstWait, Duration maxWait) {
    Integer tries = jdbc.queryForObject("SELECT failed_tries FROM LM_DIGEST_USER WHERE user_id = ?", Integer.class, userId);
    Duration wait = firstWait.multipliedBy(1L << Math.min(tries == null ? 0 : tries, 20));
    Instant retry = now.plus(wait.compareTo(maxWait) > 0 ? maxWait : wait);
    jdbc.update("UPDATE LM_DIGEST_USER SET claimed_by = NULL, claimed_at = NULL, failed_tries = failed_tries + 1, "
        + "retry_after = ? WHERE user_id = ? AND claimed_by = ?", Timestamp.from(retry), userId, node);
    return retry;
  }

  void release(String userId, String node) {
    jdbc.update("UPDATE LM_DIGEST_USER SET claimed_by = NULL, claimed_at = NULL WHERE user_id = ? AND claimed_by = ?",
        userId, node);
  }

  private void deleteItems(String userId, Collection<String> taskIds) {
    jdbc.batchUpdate("DELETE FROM LM_DIGEST_ITEM WHERE user_id = ? AND task_id = ?",
        taskIds.stream().map(id -> new Object[] {userId, id}).toList());
  }

  /** When the user's last digest went out, or null. */
  Instant lastSent(String userId) {
    List<Timestamp> sent = jdbc.queryForList("SELECT last_sent_at FROM LM_DIGEST_USER WHERE user_id = ?",
        Timestamp.class, userId);
    return sent.isEmpty() || sent.get(0) == null ? null : sent.get(0).toInstant();
  }
}
