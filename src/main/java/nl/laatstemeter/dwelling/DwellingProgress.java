package nl.laatstemeter.dwelling;

import nl.laatstemeter.platform.SystemAccess;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * How far the dwellings of a project are, counted with Camunda queries on each dwelling
 * instance's own variables {@code projectId}, {@code stage} and {@code sample}: never loads the
 * dwellings themselves, so it holds for 10,000 dwellings per project.
 */
@Component
public class DwellingProgress {

  /**
   * Project variable, true once the sign-up deadline has passed: from then on dwellings whose
   * owner has not decided no longer hold milestones up (they end NO_DECISION at the hand-over).
   */
  public static final String SIGN_UP_CLOSED = ProjectVariables.SIGN_UP_CLOSED;

  private final RuntimeService runtime;
  private final HistoryService history;
  private final SystemAccess system;

  public DwellingProgress(RuntimeService runtime, HistoryService history, SystemAccess system) {
    this.runtime = runtime;
    this.history = history;
    this.system = system;
  }

  /** Dwellings per stage, ended ones (declined, stopped, closed) included. */
  public Map<DwellingStage, Long> perStage(String projectId) {
    return system.call(() -> {
      Map<DwellingStage, Long> counts = new EnumMap<>(DwellingStage.class);
      for (DwellingStage stage : DwellingStage.values()) {
        counts.put(stage, history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(DwellingProcesses.DWELLING_PROCESS)
            .variableValueEquals(DwellingProcesses.PROJECT_ID, projectId)
            .variableValueEquals(DwellingStage.VARIABLE, stage.name())
            .count());
      }
      return counts;
    });
  }

  /** Running dwelling instances of the project. */
  public long running(String projectId) {
    return system.call(() -> activeOf(projectId).count());
  }

  /** Running dwelling instances of the project in one stage. */
  public long running(String projectId, DwellingStage stage) {
    return system.call(() -> activeOf(projectId).variableValueEquals(DwellingStage.VARIABLE, stage.name()).count());
  }

  /**
   * Dwellings that must still pass the milestone; 0 means it is reached. {@code connected} and
   * {@code globalInspected} count every running dwelling not yet past the milestone, dwellings whose
   * owner has not decided included until the sign-up deadline has passed (project variable
   * {@value #SIGN_UP_CLOSED}); {@code ended} counts every running dwelling.
   */
  public long remaining(String projectId, Milestone milestone) {
    return system.call(() -> switch (milestone) {
      case ended -> activeOf(projectId).count();
      case connected -> activeOf(projectId).count()
          - activeOf(projectId).variableValueEquals(DwellingStage.VARIABLE, DwellingStage.CONNECTED.name()).count()
          - (signUpClosed(projectId) ? undecided(projectId) : 0);
      case globalInspected -> activeOf(projectId).variableValueEquals(DwellingStage.VARIABLE, DwellingStage.SIGNED_UP.name()).count()
          + (signUpClosed(projectId) ? 0 : undecided(projectId));
      case sampleInspected -> {
        long remaining = 0;
        for (DwellingStage stage : milestone.stagesBefore()) {
          remaining += activeOf(projectId).variableValueEquals(DwellingStage.VARIABLE, stage.name())
              .variableValueEquals(DwellingProcesses.SAMPLE, true).count();
        }
        yield remaining;
      }
    });
  }

  /** Whether every dwelling of the project other than this instance has ended. */
  public boolean othersEnded(String projectId, String processInstanceId) {
    return system.call(() -> activeOf(projectId).list().stream().allMatch(p -> p.getId().equals(processInstanceId)));
  }

  private long undecided(String projectId) {
    return activeOf(projectId).variableValueEquals(DwellingStage.VARIABLE, DwellingStage.UNDECIDED.name()).count();
  }

  private boolean signUpClosed(String projectId) {
    ProcessInstance project = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessRouting.PROJECT_PROCESS)
        .processInstanceBusinessKey(projectId).singleResult();
    return project != null && Boolean.TRUE.equals(runtime.getVariable(project.getId(), SIGN_UP_CLOSED));
  }

  public boolean reached(String projectId, Milestone milestone) {
    return remaining(projectId, milestone) == 0;
  }

  private ProcessInstanceQuery activeOf(String projectId) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(DwellingProcesses.DWELLING_PROCESS)
        .variableValueEquals(DwellingProcesses.PROJECT_ID, projectId);
  }
}
