package nl.laatstemeter.ambitions;

import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.laatstemeter.routing.TaskRoutingListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import nl.laatstemeter.platform.DeferredInserts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The product's own record of every user task of a project or dwelling (table
 * {@code LM_TASK_LEDGER}, one row per candidate group): its organisation when it was created
 * (history level audit keeps no candidate groups), and when and how it ended: the Dutch day of
 * its completion and its outcome ({@code visitOutcome} of an in-home task, the participation
 * decision, an award). Written in the engine's transaction, so a rolled-back task leaves nothing.
 *
 * <p>The create listener runs after {@link TaskRoutingListener} ({@link Order}), which gives the
 * task its candidate groups.
 */
@Component
class TaskLedger {

  private final JdbcTemplate jdbc;
  private final DeferredInserts inserts;

  TaskLedger(JdbcTemplate jdbc, DeferredInserts inserts) {
    this.jdbc = jdbc; // table LM_TASK_LEDGER: schema.sql
    this.inserts = inserts; // a task's rows are written just before its transaction commits
  }

  @EventListener(condition = "#task.eventName == 'create'")
  @Order(TaskRoutingListener.ORDER + 10)
  public void onCreate(DelegateTask task) {
    DelegateExecution scope = task.getExecution();
    if (scope == null) {
      return;
    }
    Object projectId = scope.getVariable(Measured.PROJECT_ID);
    if (projectId == null) {
      return; // not part of a project
    }
    Object dwellingId = scope.getVariable(Measured.DWELLING_ID);
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
          && !groups.contains(link.getGroupId())) {
        groups.add(link.getGroupId());
      }
    }
    long created = (task.getCreateTime() == null ? ClockUtil.getCurrentTime() : task.getCreateTime()).getTime();
    String businessKey = scope.getProcessBusinessKey();
    for (int i = 0; i < groups.size(); i++) {
      inserts.add("""
          INSERT INTO LM_TASK_LEDGER (task_id, group_id, primary_group, project_id, dwelling_id, business_key, task_key,
            created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
          task.getId(), groups.get(i), i == 0 ? 1 : 0, projectId.toString(),
          dwellingId == null ? null : dwellingId.toString(), businessKey, task.getTaskDefinitionKey(), created);
    }
  }

  @EventListener(condition = "#task.eventName == 'complete'")
  public void onComplete(DelegateTask task) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    ended(task.getId(), now, Date.valueOf(now.atZone(Measured.ZONE).toLocalDate()), outcome(task));
  }

  @EventListener(condition = "#task.eventName == 'delete'")
  public void onDelete(DelegateTask task) {
    ended(task.getId(), ClockUtil.getCurrentTime().toInstant(), null, Measured.DELETED);
  }

  private void ended(String taskId, Instant at, Date day, String outcome) {
    inserts.flush(); // a task created in this transaction has its row before it ends
    jdbc.update("UPDATE LM_TASK_LEDGER SET ended_ms = ?, completed_day = ?, outcome = ? WHERE task_id = ?",
        at.toEpochMilli(), day, outcome, taskId);
  }

  /** How a completed task ended, as far as section 7 asks; null when it does not matter. */
  static String outcome(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    if (Measured.IN_HOME.contains(key)) {
      // every in-home task records visitOutcome (section 9); a task completed without it was done
      Object outcome = task.getVariable(Measured.VISIT_OUTCOME);
      return outcome == null || outcome.toString().isBlank() ? Measured.DONE : outcome.toString();
    }
    if (Measured.PARTICIPATION_TASK.equals(key)) {
      Object decision = task.getVariable(Measured.PARTICIPATION_DECISION);
      return decision == null ? null : decision.toString();
    }
    if (Measured.AWARD_TASKS.contains(key)) {
      Object outcome = task.getVariable(Measured.TENDER_OUTCOME);
      if (outcome != null && !outcome.toString().isBlank()) {
        return outcome.toString();
      }
      Object installer = task.getVariable(Measured.AWARDED_INSTALLER); // an award without the outcome field
      return installer == null || installer.toString().isBlank() ? null : Measured.AWARDS.get(0);
    }
    return null;
  }

  /** The organisations recorded for a task, the first (its hand-over organisation) first. */
  List<String> groupsOf(String taskId) {
    inserts.flush();
    return jdbc.queryForList("SELECT group_id FROM LM_TASK_LEDGER WHERE task_id = ? ORDER BY primary_group DESC, group_id",
        String.class, taskId);
  }
}
