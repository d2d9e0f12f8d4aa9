package nl.laatstemeter.ambitions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.OutcomeVariables;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import nl.laatstemeter.platform.DeferredInserts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each dwelling's figures of DOMAIN.md section 7 (visits, parties entering, contact points,
 * hand-overs, one day, lead time), for all dwellings of a project (or of all projects) from a few
 * set-based queries, each one pass grouped by the dwelling's business key, over the engine's
 * history ({@code ACT_HI_PROCINST}, {@code ACT_HI_VARINST}), the task ledger ({@link TaskLedger}),
 * the sent-mail log, the dwelling register and the working-day table; their answers are put
 * together by business key. No query per dwelling, and no join of grouped parts: H2 looks such a
 * part up anew for every dwelling, which made 2,000 dwellings take seconds.
 *
 * <p>When a dwelling ends, {@code ${dwellingFigures.keep(execution)}} (an end listener of the
 * dwelling process) keeps its figures in {@code LM_DWELLING_FIGURES}, so they outlive the
 * history's time to live; a kept dwelling is read from there.
 */
@Component("dwellingFigures")
public class DwellingFigures {

  /** One dwelling's figures. {@code connectedDay} is the day of its commissioning, null when not connected. */
  public record Row(String dwellingId, String stage, String notConnectedReason, boolean joined, LocalDate plannedDate,
      int visits, int partiesEntering, int contactPoints, int handOvers, LocalDate connectedDay, boolean oneDay,
      Integer leadTimeDays) {

    public boolean connected() {
      return connectedDay != null;
    }
  }

  /** The registered dwellings. */
  private static final String DWELLINGS = "SELECT w.project_id, w.dwelling_id, w.planned_date FROM LM_DWELLING w WHERE %s";

  /** Dwellings whose figures are not kept (still running). */
  private static final String NOT_KEPT = "NOT EXISTS (SELECT 1 FROM LM_DWELLING_FIGURES k "
      + "WHERE k.project_id = w.project_id AND k.dwelling_id = w.dwelling_id)";

  /** Stage, reason not connected and participation decision of each dwelling instance. */
  private static final String VARIABLES = """
      SELECT p.BUSINESS_KEY_ AS bk,
        MAX(CASE WHEN hv.NAME_ = :stageName THEN hv.TEXT_ END) AS stage,
        MAX(CASE WHEN hv.NAME_ = :reasonName THEN hv.TEXT_ END) AS reason,
        MAX(CASE WHEN hv.NAME_ = :decisionName THEN hv.TEXT_ END) AS decision
      FROM ACT_HI_PROCINST p
      JOIN ACT_HI_VARINST hv ON hv.PROC_INST_ID_ = p.ID_ AND hv.NAME_ IN (:stageName, :reasonName, :decisionName)
      WHERE p.PROC_DEF_KEY_ = :dwellingProcess AND %s
      GROUP BY p.BUSINESS_KEY_
      """;

  /**
   * From the ledger, per dwelling: visits (days with an in-home task done or without access),
   * organisations entering, the inspection and whether the companion entered, the day of
   * commissioning, the days of the connection work, the day the owner joined; and the lead time in
   * working days (two joins on the working-day table's key).
   */
  private static final String TASKS = """
      SELECT per.*, wc.seq - wj.seq AS lead_time_days FROM (
        SELECT l.business_key AS bk,
          COUNT(DISTINCT CASE WHEN l.task_key IN (%1$s) AND l.outcome IN ('DONE', 'NO_ACCESS') THEN l.completed_day END) AS visits,
          COUNT(DISTINCT CASE WHEN l.task_key IN (%1$s) AND l.outcome = 'DONE' THEN l.group_id END) AS entering,
          MAX(CASE WHEN l.task_key IN (%1$s) AND l.outcome = 'DONE' AND l.group_id = :companion THEN 1 ELSE 0 END) AS companion_entered,
          MAX(CASE WHEN l.task_key IN (%2$s) AND l.outcome = 'DONE' THEN 1 ELSE 0 END) AS inspected,
          MAX(CASE WHEN l.task_key = 'commissionConnection' AND l.outcome = 'DONE' THEN l.completed_day END) AS commissioned,
          COUNT(DISTINCT CASE WHEN l.task_key IN (%3$s) AND l.outcome = 'DONE' THEN l.completed_day END) AS work_days,
          MAX(CASE WHEN l.task_key = 'recordParticipationDecision' AND l.outcome = 'JOIN' THEN l.completed_day END) AS joined_day
        FROM LM_TASK_LEDGER l
        WHERE l.dwelling_id IS NOT NULL AND %4$s
        GROUP BY l.business_key
      ) per
      LEFT JOIN LM_WORKING_DAY wc ON wc.work_date = per.commissioned
      LEFT JOIN LM_WORKING_DAY wj ON wj.work_date = per.joined_day
      """.formatted(Measured.in(Measured.IN_HOME), Measured.in(Measured.INSPECTIONS), Measured.in(Measured.CONNECTION_DAY),
      "%1$s");

  /** Contact points: the organisations of contact tasks (not those without access) and of mails to the resident. */
  private static final String CONTACTS = """
      SELECT x.bk, COUNT(DISTINCT x.org) AS contacts FROM (
        SELECT l.business_key AS bk, l.group_id AS org FROM LM_TASK_LEDGER l
        WHERE l.dwelling_id IS NOT NULL AND l.task_key IN (%s) AND l.completed_day IS NOT NULL
          AND COALESCE(l.outcome, '') <> 'NO_ACCESS' AND %%1$s
        UNION ALL
        SELECT m.business_key AS bk, m.sender_group AS org FROM LM_SENT_MAIL m
        WHERE m.sender_group IS NOT NULL AND %%2$s
      ) x
      GROUP BY x.bk
      """.formatted(Measured.in(Measured.CONTACT_TASKS));

  /**
   * Hand-overs: the changes of organisation between consecutive completed tasks of a dwelling, in
   * order of completion (the first organisation of each task), counted in one pass over the tasks
   * in that order (a window function was the slowest part of the figures on H2).
   */
  private static final String HAND_OVERS = """
      SELECT l.business_key AS bk, l.group_id AS org FROM LM_TASK_LEDGER l
      WHERE l.dwelling_id IS NOT NULL AND l.primary_group = 1 AND l.completed_day IS NOT NULL AND %s
      ORDER BY l.business_key, l.ended_ms, l.task_id
      """;

  private static final String COLUMNS = "dwelling_id, stage, not_connected_reason, joined, planned_date, visits, "
      + "parties_entering, contact_points, hand_overs, connected_day, one_day, lead_time_days";

  private static final String KEPT = "SELECT project_id, " + COLUMNS + " FROM LM_DWELLING_FIGURES WHERE %s";

  /**
   * Which dwellings: the filters of the register ({@code w}), the ledger ({@code l}), the dwelling
   * instances ({@code p}), the mail log ({@code m}) and the kept figures.
   */
  private record Scope(String dwellings, String ledger, String instances, String mails, String kept) {}

  private static final Scope PROJECT = new Scope("w.project_id = :project AND " + NOT_KEPT, "l.project_id = :project",
      "p.BUSINESS_KEY_ LIKE :keyPrefix", "m.business_key LIKE :keyPrefix", "project_id = :project");

  private static final Scope ONE = new Scope("w.project_id = :project AND w.dwelling_id = :dwelling",
      "l.project_id = :project AND l.business_key = :businessKey", "p.BUSINESS_KEY_ = :businessKey",
      "m.business_key = :businessKey", "1 = 0");

  private static final Scope EVERY_PROJECT = new Scope(NOT_KEPT, "1 = 1", "1 = 1", "1 = 1", "1 = 1");

  /** A dwelling's figures and its project. */
  private record Placed(String projectId, Row row) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final ProcessRouting routing;
  private final DeferredInserts inserts;

  DwellingFigures(NamedParameterJdbcTemplate jdbc, ProcessRouting routing, DeferredInserts inserts) {
    this.jdbc = jdbc;
    this.inserts = inserts;
    this.routing = routing;
  }

  /** The figures of every registered dwelling of a project, by dwelling id. */
  public List<Row> of(String projectId, String companionGroup) {
    MapSqlParameterSource params = params(projectId, companionGroup).addValue("keyPrefix", projectId + ":%");
    return figures(PROJECT, params).stream().map(Placed::row).sorted(Comparator.comparing(Row::dwellingId)).toList();
  }

  /**
   * The figures of every dwelling of every project, by project (for the list of all projects).
   * Without the inspection companion of each project: parties entering counts only the
   * organisations that completed an in-home task.
   */
  Map<String, List<Row>> ofEveryProject() {
    Map<String, List<Row>> byProject = new HashMap<>();
    for (Placed placed : figures(EVERY_PROJECT, params(null, null))) {
      byProject.computeIfAbsent(placed.projectId(), p -> new ArrayList<>()).add(placed.row());
    }
    return byProject;
  }

  /** The figures of the dwellings in scope: live from the queries, the kept ones from their table. */
  private List<Placed> figures(Scope scope, MapSqlParameterSource params) {
    Map<String, String[]> variables = new HashMap<>();
    jdbc.query(String.format(VARIABLES, scope.instances()), params, rs -> {
      variables.put(rs.getString("bk"), new String[] {rs.getString("stage"), rs.getString("reason"),
          rs.getString("decision")});
    });
    Map<String, TaskFigures> tasks = new HashMap<>();
    jdbc.query(String.format(TASKS, scope.ledger()), params, rs -> {
      tasks.put(rs.getString("bk"), TaskFigures.of(rs));
    });
    Map<String, Integer> contacts = counts(String.format(CONTACTS, scope.ledger(), scope.mails()), "contacts", params);
    Map<String, Integer> handOvers = new HashMap<>();
    String[] previous = new String[2]; // business key, organisation
    jdbc.query(String.format(HAND_OVERS, scope.ledger()), params, rs -> {
      String key = rs.getString("bk");
      String org = rs.getString("org");
      if (key.equals(previous[0]) && !org.equals(previous[1])) {
        handOvers.merge(key, 1, Integer::sum);
      }
      previous[0] = key;
      previous[1] = org;
    });
    boolean companionSet = params.getValue("companionSet") instanceof Integer set && set == 1;

    List<Placed> rows = new ArrayList<>();
    jdbc.query(String.format(DWELLINGS, scope.dwellings()), params, rs -> {
      String projectId = rs.getString("project_id");
      String dwellingId = rs.getString("dwelling_id");
      String key = projectId + ":" + dwellingId;
      Date planned = rs.getDate("planned_date");
      String[] v = variables.getOrDefault(key, new String[3]);
      TaskFigures t = tasks.getOrDefault(key, TaskFigures.NONE);
      boolean joined = t.joinedDay() != null || OutcomeVariables.JOIN.equals(v[2]);
      int entering = t.entering() + (companionSet && t.inspected() && !t.companionEntered() ? 1 : 0);
      rows.add(new Placed(projectId, new Row(dwellingId, v[0], v[1], joined, planned == null ? null : planned.toLocalDate(),
          t.visits(), entering, contacts.getOrDefault(key, 0), handOvers.getOrDefault(key, 0), t.commissioned(),
          t.commissioned() != null && t.workDays() == 1, t.commissioned() == null ? null : t.leadTimeDays())));
    });
    jdbc.query(String.format(KEPT, scope.kept()), params, rs -> {
      rows.add(new Placed(rs.getString("project_id"), row(rs)));
    });
    return rows;
  }

  /** What the ledger tells of one dwelling. */
  private record TaskFigures(int visits, int entering, boolean companionEntered, boolean inspected, LocalDate commissioned,
      int workDays, LocalDate joinedDay, Integer leadTimeDays) {

    static final TaskFigures NONE = new TaskFigures(0, 0, false, false, null, 0, null, null);

    static TaskFigures of(ResultSet rs) throws SQLException {
      Date commissioned = rs.getDate("commissioned");
      Date joined = rs.getDate("joined_day");
      int lead = rs.getInt("lead_time_days");
      Integer leadTime = rs.wasNull() ? null : lead;
      return new TaskFigures(rs.getInt("visits"), rs.getInt("entering"), rs.getInt("companion_entered") == 1,
          rs.getInt("inspected") == 1, commissioned == null ? null : commissioned.toLocalDate(), rs.getInt("work_days"),
          joined == null ? null : joined.toLocalDate(), leadTime);
    }
  }

  private Map<String, Integer> counts(String sql, String column, MapSqlParameterSource params) {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.query(sql, params, rs -> {
      counts.put(rs.getString("bk"), rs.getInt(column));
    });
    return counts;
  }

  /**
   * Keeps the figures of the dwelling whose process ends here, once the engine has written the
   * step's history (before the transaction commits): the last task of the dwelling counts too.
   */
  public void keep(DelegateExecution dwelling) {
    String key = dwelling.getProcessBusinessKey();
    if (key == null || key.lastIndexOf(':') <= 0) {
      return;
    }
    String projectId = key.substring(0, key.lastIndexOf(':'));
    String dwellingId = key.substring(key.lastIndexOf(':') + 1);
    String companion = companionGroup(routing.formInForce(dwelling));
    Runnable keep = () -> keep(projectId, dwellingId, companion);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          keep.run();
        }
      });
    } else {
      keep.run();
    }
  }

  void keep(String projectId, String dwellingId, String companionGroup) {
    inserts.flush(); // ledger rows of tasks created in this transaction
    MapSqlParameterSource params = params(projectId, companionGroup).addValue("dwelling", dwellingId)
        .addValue("businessKey", projectId + ":" + dwellingId);
    List<Placed> rows = figures(ONE, params);
    if (rows.isEmpty()) {
      return;
    }
    Row r = rows.get(0).row();
    MapSqlParameterSource values = new MapSqlParameterSource()
        .addValue("project", projectId).addValue("dwelling", dwellingId)
        .addValue("stage", r.stage()).addValue("reason", r.notConnectedReason()).addValue("joined", r.joined() ? 1 : 0)
        .addValue("planned", r.plannedDate() == null ? null : Date.valueOf(r.plannedDate()))
        .addValue("visits", r.visits()).addValue("entering", r.partiesEntering()).addValue("contacts", r.contactPoints())
        .addValue("handOvers", r.handOvers())
        .addValue("connected", r.connectedDay() == null ? null : Date.valueOf(r.connectedDay()))
        .addValue("oneDay", r.oneDay() ? 1 : 0).addValue("lead", r.leadTimeDays())
        .addValue("keptAt", Timestamp.from(ClockUtil.getCurrentTime().toInstant()));
    jdbc.update("DELETE FROM LM_DWELLING_FIGURES WHERE project_id = :project AND dwelling_id = :dwelling", values);
    jdbc.update("INSERT INTO LM_DWELLING_FIGURES (" + COLUMNS + ", project_id, kept_at) VALUES (:dwelling, :stage, "
        + ":reason, :joined, :planned, :visits, :entering, :contacts, :handOvers, :connected, :oneDay, :lead, :project, "
        + ":keptAt)", values);
  }

  /** Whether a dwelling's figures are kept (it has ended). */
  boolean kept(String projectId, String dwellingId) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM LM_DWELLING_FIGURES WHERE project_id = :project AND "
        + "dwelling_id = :dwelling", new MapSqlParameterSource("project", projectId).addValue("dwelling", dwellingId),
        Integer.class);
    return n != null && n > 0;
  }

  /** The organisation of the inspection companion (block 3.1) under a form, or null. */
  static String companionGroup(CollaborationForm form) {
    if (form == null || form.buildingBlocks() == null || form.buildingBlocks().inspection() == null) {
      return null;
    }
    Role companion = form.buildingBlocks().inspection().companion();
    return companion == null ? null : form.parties().get(companion);
  }

  private static MapSqlParameterSource params(String projectId, String companionGroup) {
    return new MapSqlParameterSource("project", projectId)
        .addValue("dwellingProcess", ProcessKeys.DWELLING)
        .addValue("stageName", OutcomeVariables.STAGE)
        .addValue("reasonName", DwellingVariables.NOT_CONNECTED_REASON)
        .addValue("decisionName", OutcomeVariables.PARTICIPATION_DECISION)
        .addValue("companion", companionGroup == null ? "" : companionGroup)
        .addValue("companionSet", companionGroup == null ? 0 : 1);
  }

  private static Row row(ResultSet rs) throws SQLException {
    Date planned = rs.getDate("planned_date");
    Date connected = rs.getDate("connected_day");
    int lead = rs.getInt("lead_time_days");
    Integer leadTime = rs.wasNull() ? null : lead;
    return new Row(rs.getString("dwelling_id"), rs.getString("stage"), rs.getString("not_connected_reason"),
        rs.getInt("joined") == 1, planned == null ? null : planned.toLocalDate(), rs.getInt("visits"),
        rs.getInt("parties_entering"), rs.getInt("contact_points"), rs.getInt("hand_overs"),
        connected == null ? null : connected.toLocalDate(), rs.getInt("one_day") == 1, leadTime);
  }
}
