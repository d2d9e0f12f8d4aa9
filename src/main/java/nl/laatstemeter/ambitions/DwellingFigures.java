package nl.laatstemeter.ambitions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each dwelling's figures of DOMAIN.md section 7 (visits, parties entering, contact points,
 * hand-overs, one day, lead time), for all dwellings of a project in two set-based queries (the
 * figures; the hand-overs) over the engine's history ({@code ACT_HI_PROCINST},
 * {@code ACT_HI_VARINST}), the task ledger ({@link TaskLedger}), the sent-mail log, the dwelling
 * register and the working-day table. No query per dwelling.
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

    Row withHandOvers(int count) {
      return new Row(dwellingId, stage, notConnectedReason, joined, plannedDate, visits, partiesEntering, contactPoints,
          count, connectedDay, oneDay, leadTimeDays);
    }
  }

  /**
   * The figures of running dwellings, but their hand-overs ({@link #HAND_OVERS}). Every part
   * ({@code v}, {@code per}, {@code c}) is grouped by business key and joined on it, so that H2,
   * which looks such a part up per dwelling, finds it through an index (the key of the process
   * instance, the ledger's project and key, the mail log's key). Filters: %1$s dwellings ({@code w}),
   * %2$s ledger ({@code l}), %7$s dwelling instances ({@code p}), %8$s mails ({@code m}).
   */
  private static final String LIVE = """
      WITH d AS (
        SELECT w.project_id, w.dwelling_id, w.project_id || ':' || w.dwelling_id AS bk, w.planned_date
        FROM LM_DWELLING w
        WHERE %1$s
      ),
      v AS (
        SELECT p.BUSINESS_KEY_ AS bk,
          MAX(CASE WHEN hv.NAME_ = :stageName THEN hv.TEXT_ END) AS stage,
          MAX(CASE WHEN hv.NAME_ = :reasonName THEN hv.TEXT_ END) AS reason,
          MAX(CASE WHEN hv.NAME_ = :decisionName THEN hv.TEXT_ END) AS decision
        FROM ACT_HI_PROCINST p
        JOIN ACT_HI_VARINST hv ON hv.PROC_INST_ID_ = p.ID_
          AND hv.NAME_ IN (:stageName, :reasonName, :decisionName)
        WHERE p.PROC_DEF_KEY_ = :dwellingProcess AND %7$s
        GROUP BY p.BUSINESS_KEY_
      ),
      t AS (
        SELECT l.* FROM LM_TASK_LEDGER l
        WHERE l.dwelling_id IS NOT NULL AND %2$s
      ),
      per AS (
        SELECT t.business_key AS bk,
          COUNT(DISTINCT CASE WHEN t.task_key IN (%3$s) AND t.outcome IN ('DONE', 'NO_ACCESS') THEN t.completed_day END) AS visits,
          COUNT(DISTINCT CASE WHEN t.task_key IN (%3$s) AND t.outcome = 'DONE' THEN t.group_id END) AS entering,
          MAX(CASE WHEN t.task_key IN (%3$s) AND t.outcome = 'DONE' AND t.group_id = :companion THEN 1 ELSE 0 END) AS companion_entered,
          MAX(CASE WHEN t.task_key IN (%4$s) AND t.outcome = 'DONE' THEN 1 ELSE 0 END) AS inspected,
          MAX(CASE WHEN t.task_key = 'commissionConnection' AND t.outcome = 'DONE' THEN t.completed_day END) AS commissioned,
          COUNT(DISTINCT CASE WHEN t.task_key IN (%5$s) AND t.outcome = 'DONE' THEN t.completed_day END) AS work_days,
          MAX(CASE WHEN t.task_key = 'recordParticipationDecision' AND t.outcome = 'JOIN' THEN t.completed_day END) AS joined_day
        FROM t
        GROUP BY t.business_key
      ),
      c AS (
        SELECT x.bk, COUNT(DISTINCT x.org) AS contacts FROM (
          SELECT t.business_key AS bk, t.group_id AS org FROM t
          WHERE t.task_key IN (%6$s) AND t.completed_day IS NOT NULL AND COALESCE(t.outcome, '') <> 'NO_ACCESS'
          UNION ALL
          SELECT m.business_key AS bk, m.sender_group AS org FROM LM_SENT_MAIL m
          WHERE m.sender_group IS NOT NULL AND %8$s
        ) x
        GROUP BY x.bk
      )
      SELECT d.dwelling_id, v.stage, v.reason AS not_connected_reason,
        CASE WHEN per.joined_day IS NOT NULL OR v.decision = 'JOIN' THEN 1 ELSE 0 END AS joined,
        d.planned_date,
        COALESCE(per.visits, 0) AS visits,
        COALESCE(per.entering, 0)
          + CASE WHEN :companionSet = 1 AND per.inspected = 1 AND per.companion_entered = 0 THEN 1 ELSE 0 END AS parties_entering,
        COALESCE(c.contacts, 0) AS contact_points,
        0 AS hand_overs,
        per.commissioned AS connected_day,
        CASE WHEN per.commissioned IS NOT NULL AND per.work_days = 1 THEN 1 ELSE 0 END AS one_day,
        CASE WHEN per.commissioned IS NOT NULL AND per.joined_day IS NOT NULL THEN wc.seq - wj.seq END AS lead_time_days,
        d.project_id, 1 AS live
      FROM d
      LEFT JOIN v ON v.bk = d.bk
      LEFT JOIN per ON per.bk = d.bk
      LEFT JOIN c ON c.bk = d.bk
      LEFT JOIN LM_WORKING_DAY wc ON wc.work_date = per.commissioned
      LEFT JOIN LM_WORKING_DAY wj ON wj.work_date = per.joined_day
      """;

  private static final String COLUMNS = "dwelling_id, stage, not_connected_reason, joined, planned_date, visits, "
      + "parties_entering, contact_points, hand_overs, connected_day, one_day, lead_time_days";

  /** Dwellings not kept (still running), read live. */
  private static final String NOT_KEPT =
      "NOT EXISTS (SELECT 1 FROM LM_DWELLING_FIGURES k WHERE k.project_id = w.project_id AND k.dwelling_id = w.dwelling_id)";

  /** Every dwelling of a project: the ones not kept live, the kept ones from their table. */
  private static final String ALL = live("w.project_id = :project AND " + NOT_KEPT, "l.project_id = :project",
      "p.BUSINESS_KEY_ LIKE :keyPrefix", "m.business_key LIKE :keyPrefix")
      + " UNION ALL SELECT " + COLUMNS + ", project_id, 0 AS live FROM LM_DWELLING_FIGURES WHERE project_id = :project"
      + " ORDER BY dwelling_id";

  /** One dwelling, live (to keep it). */
  private static final String ONE = live("w.project_id = :project AND w.dwelling_id = :dwelling",
      "l.project_id = :project AND l.business_key = :businessKey", "p.BUSINESS_KEY_ = :businessKey",
      "m.business_key = :businessKey");

  /**
   * Hand-overs per dwelling (business key): the changes of organisation between consecutive
   * completed tasks, in order of completion. A query of its own: H2 would compute the window
   * function anew for every dwelling if it were a part of {@link #LIVE}.
   */
  private static final String HAND_OVERS = """
      SELECT x.bk, SUM(CASE WHEN x.prev IS NOT NULL AND x.prev <> x.org THEN 1 ELSE 0 END) AS hand_overs
      FROM (
        SELECT l.business_key AS bk, l.group_id AS org,
          LAG(l.group_id) OVER (PARTITION BY l.business_key ORDER BY l.ended_ms, l.task_id) AS prev
        FROM LM_TASK_LEDGER l
        WHERE l.dwelling_id IS NOT NULL AND l.primary_group = 1 AND l.completed_day IS NOT NULL AND %s
      ) x
      GROUP BY x.bk
      """;

  /**
   * The figures at a glance of every project at once (the Cockpit plugin's list): per project and
   * stage the dwellings, the connected ones and of those the ones that met each ambition. One
   * set-based query over all dwellings of all projects; parties entering (which depends on each
   * project's inspection companion) is not part of it.
   */
  private static final String GLANCE = """
      SELECT f.project_id, f.stage, f.not_connected_reason, COUNT(*) AS dwellings,
        SUM(CASE WHEN f.connected_day IS NOT NULL THEN 1 ELSE 0 END) AS connected,
        SUM(CASE WHEN f.connected_day IS NOT NULL AND f.visits <= 2 THEN 1 ELSE 0 END) AS at_most_two_visits,
        SUM(CASE WHEN f.connected_day IS NOT NULL AND f.contact_points = 1 THEN 1 ELSE 0 END) AS one_contact_point,
        SUM(CASE WHEN f.connected_day IS NOT NULL AND f.one_day = 1 THEN 1 ELSE 0 END) AS in_one_day
      FROM (%s UNION ALL SELECT %s, project_id, 0 AS live FROM LM_DWELLING_FIGURES) f
      GROUP BY f.project_id, f.stage, f.not_connected_reason
      """.formatted(live(NOT_KEPT, "1 = 1", "1 = 1", "1 = 1"), COLUMNS);

  /** A row of the query and whether it was computed live (its hand-overs still to come) or kept. */
  private record Live(Row row, boolean live) {}

  private static final RowMapper<Live> ROW = (rs, i) -> new Live(row(rs, i), rs.getInt("live") == 1);

  /** The live query with its filters of the dwellings, the ledger, the dwelling instances and the mail log. */
  private static String live(String dwellings, String tasks, String instances, String mails) {
    return String.format(LIVE, dwellings, tasks, Measured.in(Measured.IN_HOME), Measured.in(Measured.INSPECTIONS),
        Measured.in(Measured.CONNECTION_DAY), Measured.in(Measured.CONTACT_TASKS), instances, mails);
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final ProcessRouting routing;

  DwellingFigures(NamedParameterJdbcTemplate jdbc, ProcessRouting routing) {
    this.jdbc = jdbc;
    this.routing = routing;
    jdbc.getJdbcTemplate().execute("""
        CREATE TABLE IF NOT EXISTS LM_DWELLING_FIGURES (
          project_id VARCHAR(64) NOT NULL,
          dwelling_id VARCHAR(64) NOT NULL,
          stage VARCHAR(32),
          not_connected_reason VARCHAR(64),
          joined SMALLINT NOT NULL,
          planned_date DATE,
          visits INTEGER NOT NULL,
          parties_entering INTEGER NOT NULL,
          contact_points INTEGER NOT NULL,
          hand_overs INTEGER NOT NULL,
          connected_day DATE,
          one_day SMALLINT NOT NULL,
          lead_time_days INTEGER,
          kept_at TIMESTAMP NOT NULL,
          PRIMARY KEY (project_id, dwelling_id))""");
  }

  /** The figures of every registered dwelling of a project, by dwelling id. */
  public List<Row> of(String projectId, String companionGroup) {
    MapSqlParameterSource params = params(projectId, companionGroup).addValue("keyPrefix", projectId + ":%");
    return withHandOvers(jdbc.query(ALL, params, ROW), handOvers("l.project_id = :project", params), projectId);
  }

  private Map<String, Integer> handOvers(String filter, MapSqlParameterSource params) {
    Map<String, Integer> handOvers = new HashMap<>();
    jdbc.query(String.format(HAND_OVERS, filter), params,
        rs -> {
          handOvers.put(rs.getString("bk"), rs.getInt("hand_overs"));
        });
    return handOvers;
  }

  /** The rows with the hand-overs of the live ones (the kept ones have theirs). */
  private static List<Row> withHandOvers(List<Live> rows, Map<String, Integer> handOvers, String projectId) {
    return rows.stream().map(l -> !l.live() ? l.row() : l.row().withHandOvers(
        handOvers.getOrDefault(projectId + ":" + l.row().dwellingId(), 0))).toList();
  }

  /** Per project, per stage and not-connected reason: dwellings, connected ones and how many of those met each ambition. */
  record GlanceRow(String projectId, String stage, String notConnectedReason, int dwellings, int connected,
      int atMostTwoVisits, int oneContactPoint, int inOneDay) {}

  /** The figures at a glance of every project, from one query over all projects' dwellings. */
  List<GlanceRow> glance() {
    return jdbc.query(GLANCE, params(null, null), (rs, i) -> new GlanceRow(rs.getString("project_id"),
        rs.getString("stage"), rs.getString("not_connected_reason"), rs.getInt("dwellings"), rs.getInt("connected"),
        rs.getInt("at_most_two_visits"), rs.getInt("one_contact_point"), rs.getInt("in_one_day")));
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
    MapSqlParameterSource params = params(projectId, companionGroup).addValue("dwelling", dwellingId)
        .addValue("businessKey", projectId + ":" + dwellingId);
    List<Row> rows = withHandOvers(jdbc.query(ONE, params, ROW),
        handOvers("l.project_id = :project AND l.business_key = :businessKey", params), projectId);
    if (rows.isEmpty()) {
      return;
    }
    Row r = rows.get(0);
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

  private static Row row(ResultSet rs, int i) throws SQLException {
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
