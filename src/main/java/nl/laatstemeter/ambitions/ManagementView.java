package nl.laatstemeter.ambitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.laatstemeter.project.Project;
import nl.laatstemeter.project.ProjectOverview;
import nl.laatstemeter.project.ProjectRegister;
import org.springframework.stereotype.Service;

/**
 * What the Cockpit plugin "Laatste meter" shows management: the projects with their phase,
 * dwellings per stage and ambitions; per project its funnel and connections per day against the
 * train plan. The ambitions are the same object {@code GET /api/projects/{id}/ambitions} answers.
 */
@Service
public class ManagementView {

  /** Stages of a dwelling that has been inspected (or given the standard plan) or is further. */
  private static final Set<String> INSPECTED_OR_FURTHER = Set.of("INSPECTED", "AGREED", "PLANNED", "IN_EXECUTION", "CONNECTED", "CLOSED");

  /** A project on the page of its own: its full ambitions, as {@code GET /api/projects/{id}/ambitions} answers them. */
  public record ProjectLine(String id, String name, String state, String phase, ProjectAmbitions ambitions) {}

  /** A project in the list of all projects: its figures at a glance. */
  public record ListLine(String id, String name, String state, String phase, Glance glance) {}

  /**
   * The dwellings per stage and the three ambitions of the report, as shares of the connected
   * dwellings (the same numbers as in the project's {@link ProjectAmbitions}).
   */
  public record Glance(ProjectAmbitions.Dwellings dwellings, Double shareAtMostTwoVisits, Double shareOneContactPoint,
      ProjectAmbitions.OneDay oneDay) {}

  public record Funnel(int registered, int signedUp, int inspected, int planned, int connected) {}

  public record Day(LocalDate date, int planned, int connected) {}

  public record ProjectPage(ProjectLine project, Funnel funnel, List<Day> perDay) {}

  private final ProjectRegister projects;
  private final ProjectOverview overview;
  private final Ambitions ambitions;
  private final DwellingFigures dwellingFigures;

  ManagementView(ProjectRegister projects, ProjectOverview overview, Ambitions ambitions, DwellingFigures dwellingFigures) {
    this.projects = projects;
    this.overview = overview;
    this.ambitions = ambitions;
    this.dwellingFigures = dwellingFigures;
  }

  /**
   * Every project with its figures at a glance: the dwellings of all projects come from the same
   * few set-based queries at once ({@link DwellingFigures#ofEveryProject()}) and are summed up as
   * {@code GET /api/projects/{id}/ambitions} sums them; per project only its state and phase are
   * asked of the engine (its running instance and where it waits), never its dwellings.
   */
  public List<ListLine> projects() {
    Map<String, List<DwellingFigures.Row>> figures = dwellingFigures.ofEveryProject();
    List<ListLine> lines = new ArrayList<>();
    for (Project p : projects.all()) {
      ProjectOverview.Status status = overview.status(p);
      lines.add(new ListLine(p.id(), p.name(), name(status.state()), name(status.phase()),
          glance(p.id(), figures.getOrDefault(p.id(), List.of()))));
    }
    return lines;
  }

  private static Glance glance(String projectId, List<DwellingFigures.Row> rows) {
    ProjectAmbitions summary = ProjectAmbitions.of(projectId, rows, null, 0, 0, List.of());
    return new Glance(summary.dwellings(), summary.visits().shareAtMostTwo(), summary.contactPoints().shareOne(),
        summary.oneDay());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  public Optional<ProjectPage> project(String id) {
    return projects.find(id).flatMap(p -> ambitions.withDwellings(id).map(measured -> {
      ProjectOverview.Status status = overview.status(p);
      ProjectLine line = new ProjectLine(p.id(), p.name(), name(status.state()), name(status.phase()),
          measured.ambitions());
      List<DwellingFigures.Row> rows = measured.dwellings();
      int signedUp = 0;
      int inspected = 0;
      int planned = 0;
      int connected = 0;
      Map<LocalDate, int[]> days = new TreeMap<>();
      for (DwellingFigures.Row r : rows) {
        signedUp += r.joined() ? 1 : 0;
        inspected += r.connected() || INSPECTED_OR_FURTHER.contains(r.stage()) ? 1 : 0;
        planned += r.connected() || r.plannedDate() != null ? 1 : 0;
        connected += r.connected() ? 1 : 0;
        if (r.plannedDate() != null) {
          days.computeIfAbsent(r.plannedDate(), d -> new int[2])[0]++;
        }
        if (r.connectedDay() != null) {
          days.computeIfAbsent(r.connectedDay(), d -> new int[2])[1]++;
        }
      }
      List<Day> perDay = days.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
      return new ProjectPage(line, new Funnel(rows.size(), signedUp, inspected, planned, connected), perDay);
    }));
  }
}
