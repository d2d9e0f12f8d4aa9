package nl.laatstemeter.ambitions;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.project.Project;
import nl.laatstemeter.project.ProjectRegister;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The measured ambitions of a project (DOMAIN.md section 7): every dwelling's figures from a few
 * set-based queries ({@link DwellingFigures}), the tenders and awards and, per organisation, its open
 * and overdue tasks and waiting times (median and 90th percentile, nearest rank) from one more.
 * Who may read them is decided by the caller.
 */
@Service
public class Ambitions {

  /**
   * The project's tasks (ledger rows, one per candidate group) by organisation and waiting time
   * (created → completed; created → now while open), each open or not and overdue or not (due
   * date passed, from the running task). Tasks that ended without completion do not wait. One
   * pass in order, from which the counts and the nearest ranks ceil(0.5 n) and ceil(0.9 n) are
   * read (a window function over all of them was the slowest part on H2).
   */
  private static final String ORGANISATIONS = """
      SELECT l.group_id, COALESCE(l.ended_ms, :nowMs) - l.created_ms AS waited_ms,
        CASE WHEN l.ended_ms IS NULL THEN 1 ELSE 0 END AS open_task,
        CASE WHEN l.ended_ms IS NULL AND EXISTS (SELECT 1 FROM ACT_RU_TASK rt
          WHERE rt.ID_ = l.task_id AND rt.DUE_DATE_ < :now) THEN 1 ELSE 0 END AS overdue
      FROM LM_TASK_LEDGER l
      WHERE l.project_id = :project AND COALESCE(l.outcome, '') <> 'DELETED'
      ORDER BY l.group_id, waited_ms
      """;

  private static final String TENDERS = """
      SELECT COUNT(DISTINCT CASE WHEN task_key IN (%s) THEN task_id END) AS tenders,
        COUNT(DISTINCT CASE WHEN task_key IN (%s) AND outcome IN (%s) THEN task_id END) AS awards
      FROM LM_TASK_LEDGER WHERE project_id = :project AND dwelling_id IS NULL
      """.formatted(Measured.in(Measured.TENDER_STARTS), Measured.in(Measured.AWARD_TASKS), Measured.in(Measured.AWARDS));

  private final DwellingFigures figures;
  private final ProjectRegister projects;
  private final ProcessRouting routing;
  private final FormJson json;
  private final HistoryService history;
  private final IdentityService identity;
  private final SystemAccess system;
  private final NamedParameterJdbcTemplate jdbc;

  Ambitions(DwellingFigures figures, ProjectRegister projects, ProcessRouting routing, FormJson json,
      HistoryService history, IdentityService identity, SystemAccess system, NamedParameterJdbcTemplate jdbc) {
    this.figures = figures;
    this.projects = projects;
    this.routing = routing;
    this.json = json;
    this.history = history;
    this.identity = identity;
    this.system = system;
    this.jdbc = jdbc;
  }

  /** The ambitions of a project; empty when it does not exist. */
  public Optional<ProjectAmbitions> of(String projectId) {
    return withDwellings(projectId).map(WithDwellings::ambitions);
  }

  /** A project's ambitions and the dwelling figures they sum up. */
  record WithDwellings(ProjectAmbitions ambitions, List<DwellingFigures.Row> dwellings) {}

  /** The ambitions of a project with its dwellings' figures (computed once); empty when it does not exist. */
  Optional<WithDwellings> withDwellings(String projectId) {
    return projects.find(projectId).map(project -> {
      CollaborationForm form = formOf(project);
      List<DwellingFigures.Row> rows = figures.of(projectId, DwellingFigures.companionGroup(form));
      MapSqlParameterSource params = new MapSqlParameterSource("project", projectId);
      Map<String, Object> tenders = jdbc.queryForMap(TENDERS, params);
      Double threshold = form == null || form.context() == null ? null : form.context().participationThreshold();
      return new WithDwellings(ProjectAmbitions.of(projectId, rows, threshold, ((Number) tenders.get("tenders")).intValue(),
          ((Number) tenders.get("awards")).intValue(), organisations(projectId, form)), rows);
    });
  }

  /** Every dwelling's figures; empty when the project does not exist. */
  public Optional<List<DwellingFigures.Row>> dwellings(String projectId) {
    return projects.find(projectId)
        .map(project -> figures.of(projectId, DwellingFigures.companionGroup(formOf(project))));
  }

  /** The organisations of the project's tasks, and the project's parties without tasks yet. */
  List<ProjectAmbitions.Organisation> organisations(String projectId, CollaborationForm form) {
    long now = ClockUtil.getCurrentTime().getTime();
    MapSqlParameterSource params = new MapSqlParameterSource("project", projectId).addValue("nowMs", now)
        .addValue("now", new Timestamp(now));
    Map<String, Waiting> waiting = new HashMap<>();
    jdbc.query(ORGANISATIONS, params, rs -> {
      Waiting w = waiting.computeIfAbsent(rs.getString("group_id"), g -> new Waiting());
      w.hours.add(rs.getLong("waited_ms") / 3600000.0);
      w.open += rs.getInt("open_task");
      w.overdue += rs.getInt("overdue");
    });
    Map<String, Object[]> measured = new HashMap<>();
    waiting.forEach((group, w) -> measured.put(group, new Object[] {w.open, w.overdue,
        hours(ProjectAmbitions.nearestRank(w.hours, 0.5)), hours(ProjectAmbitions.nearestRank(w.hours, 0.9))}));
    Set<String> groups = new LinkedHashSet<>();
    if (form != null) {
      groups.addAll(form.parties().values());
      if (form.installerPackages() != null) {
        groups.addAll(form.installerPackages().values());
      }
    }
    groups.addAll(measured.keySet());
    Map<String, String> names = names(groups);
    List<ProjectAmbitions.Organisation> result = new ArrayList<>();
    for (String group : groups.stream().sorted().toList()) {
      Object[] m = measured.getOrDefault(group, new Object[] {0L, 0L, null, null});
      result.add(new ProjectAmbitions.Organisation(group, names.getOrDefault(group, group), (Long) m[0], (Long) m[1],
          new ProjectAmbitions.WaitHours((Double) m[2], (Double) m[3])));
    }
    return result;
  }

  /** The waiting hours of one organisation's tasks (ascending, as the query gives them) and its open and overdue ones. */
  private static final class Waiting {
    final List<Double> hours = new ArrayList<>();
    long open;
    long overdue;
  }

  /** The form in force: of the running project, else the last one it had. */
  CollaborationForm formOf(Project project) {
    String stored = routing.storedForm(project.id());
    if (stored == null && project.processInstanceId() != null) {
      HistoricVariableInstance value = system.call(() -> history.createHistoricVariableInstanceQuery()
          .processInstanceId(project.processInstanceId()).variableName(ProjectVariables.COLLABORATION_FORM).singleResult());
      stored = value == null || value.getValue() == null ? null : value.getValue().toString();
    }
    return stored == null ? null : json.read(stored);
  }

  private Map<String, String> names(Set<String> groups) {
    Map<String, String> names = new HashMap<>();
    if (groups.isEmpty()) {
      return names;
    }
    List<Group> found = system.call(() -> identity.createGroupQuery().groupIdIn(groups.toArray(String[]::new)).list());
    for (Group g : found) {
      if (g.getName() != null && !g.getName().isBlank()) {
        names.put(g.getId(), g.getName());
      }
    }
    return names;
  }

  private static Double hours(Object value) {
    return value == null ? null : ProjectAmbitions.round(((Number) value).doubleValue());
  }
}
