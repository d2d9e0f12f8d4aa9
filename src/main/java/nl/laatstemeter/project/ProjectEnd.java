package nl.laatstemeter.project;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.laatstemeter.contract.Organisations;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.dwelling.DwellingProgress;
import nl.laatstemeter.dwelling.DwellingStage;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The end of a project, completed or stopped (bean {@code projectEnd}, DOMAIN.md section 9): a
 * stopped project hands over only when a dwelling was connected, and ends the assignment of its
 * contracted installers ({@code endAssignment}, one task listing them all).
 */
@Component("projectEnd")
public class ProjectEnd implements TaskListener {

  private final DwellingProgress progress;
  private final Organisations organisations;

  public ProjectEnd(DwellingProgress progress, Organisations organisations) {
    this.progress = progress;
    this.organisations = organisations;
  }

  /**
   * The hand-over follows every completed project; a stopped one hands over only when a dwelling
   * was connected (DOMAIN.md section 9).
   */
  public boolean handOverNeeded(DelegateExecution project) {
    return !Boolean.TRUE.equals(project.getVariable(ProjectVariables.PROJECT_STOPPED)) || anyConnected(project);
  }

  /** Whether any dwelling of the project is connected (in aftercare or closed after it). */
  public boolean anyConnected(DelegateExecution project) {
    Map<DwellingStage, Long> stages = progress.perStage(project.getProcessBusinessKey());
    return stages.getOrDefault(DwellingStage.CONNECTED, 0L) + stages.getOrDefault(DwellingStage.CLOSED, 0L) > 0;
  }

  /** A stopped project with installers that accepted an assignment must end their assignments. */
  public boolean installersToRelease(DelegateExecution project) {
    return Boolean.TRUE.equals(project.getVariable(ProjectVariables.PROJECT_STOPPED))
        && !contractedInstallers(project).isEmpty();
  }

  /** The installer organisations that accepted an assignment (project variable, comma separated). */
  static List<String> contractedInstallers(VariableScope project) {
    Object value = project.getVariable(ProjectVariables.CONTRACTED_INSTALLERS);
    if (value == null || value.toString().isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** {@code endAssignment}: on create it lists the organisations, on complete it checks the answers. */
  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariable(ProjectVariables.INSTALLERS_TO_RELEASE, contractedInstallers(task).stream()
          .map(g -> "- " + organisations.displayName(g) + " (" + g + ")").collect(Collectors.joining("\n")));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      TaskInput.date(task.getVariable("assignmentEndDate"), "Opdracht beëindigd per");
      if (FormFields.text(task.getVariable("settlementNotes")) == null) {
        throw new ProcessEngineException("Beschrijf de afspraken over de afwikkeling.");
      }
    }
  }
}
