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

  public record ProjectLine(String id, String name, String state, String phase, ProjectAmbitions ambitions) {}

  public record Funnel(int registered, int signedUp, int inspected, int planned, int connected) {}

  public record Day(LocalDate date, int planned, int connected) {}

  public record ProjectPage(ProjectLine project, Funnel funnel, List<Day> perDay) {}

  private final ProjectRegister projects;
  private final ProjectOverview overview;
  private final Ambitions ambitions;

  ManagementView(ProjectRegister projects, ProjectOverview overview, Ambitions ambitions) {
    this.projects = projects;
    this.overview = overview;
    this.ambitions = ambitions;
  }

  public List<ProjectLine> projects() {
    List<ProjectLine> lines = new ArrayList<>();
    for (Project p : projects.all()) {
      line(p).ifPresent(lines::add);
    }
    return lines;
  }

  public Optional<ProjectPage> project(String id) {
    return projects.find(id).flatMap(this::line).map(line -> {
      List<DwellingFigures.Row> rows = ambitions.dwellings(id).orElse(List.of());
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
    });
  }

  private Optional<ProjectLine> line(Project p) {
    return overview.find(p.id()).flatMap(view -> ambitions.of(p.id()).map(a -> new ProjectLine(p.id(), p.name(),
        view.state() == null ? null : view.state().name(), view.phase() == null ? null : view.phase().name(), a)));
  }
}
