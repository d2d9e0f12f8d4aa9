package nl.laatstemeter.dwelling;

import java.util.EnumMap;
import java.util.Map;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
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

  /** Dwellings per stage, ended ones (closed, not connected) included. */
  public Map<DwellingStage, Long> perStage(String projectId) {
    return system.call(() -> {
      Map<DwellingStage, Long> counts = new EnumMap<>(DwellingStage.class);
      for (DwellingStage stage : DwellingStage.values()) {
        counts.put(stage, history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(ProcessKeys.DWELLING)
            .variableValueEquals(DwellingVariables.PROJECT_ID, projectId)
            .variableValueEquals(DwellingVariables.STAGE, stage.name())
            .count());
      }
      return counts;
    });
  }

  /** Dwellings that ended without being connected, per reason (each reason present, 0 included). */
  public Map<NotConnectedReason, Long> perNotConnectedReason(String projectId) {
    return system.call(() -> {
      Map<NotConnectedReason, Long> counts = new EnumMap<>(NotConnectedReason.class);
      for (NotConnectedReason reason : NotConnectedReason.values()) {
        counts.put(reason, history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(ProcessKeys.DWELLING)
            .variableValueEquals(DwellingVariables.PROJECT_ID, projectId)
            .variableValueEquals(NotConnectedReason.VARIABLE, reason.name())
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
    return system.call(() -> activeOf(projectId).variableValueEquals(DwellingVariables.STAGE, stage.name()).count());
  }

  /** Dwellings that must still pass the milestone; 0 means it is reached. */
  public long remaining(String projectId, Milestone milestone) {
    return remaining(projectId, milestone, null);
  }

  /**
   * Dwellings that must still pass the milestone, not counting the given dwelling instance (one that
   * is ending now: the database still shows it as it was before this transaction). {@code connected}
   * and {@code globalInspected} count every running dwelling not yet past the milestone, dwellings
   * whose owner has not decided included until the sign-up deadline has passed (project variable
   * {@value #SIGN_UP_CLOSED}); {@code ended} counts every running dwelling.
   */
  public long remaining(String projectId, Milestone milestone, String exceptInstanceId) {
    return system.call(() -> switch (milestone) {
      case ended -> count(activeOf(projectId), exceptInstanceId);
      case connected -> count(activeOf(projectId), exceptInstanceId)
          - count(inStage(projectId, DwellingStage.CONNECTED), exceptInstanceId)
          - (signUpClosed(projectId) ? count(inStage(projectId, DwellingStage.UNDECIDED), exceptInstanceId) : 0);
      case globalInspected -> count(inStage(projectId, DwellingStage.SIGNED_UP), exceptInstanceId)
          + (signUpClosed(projectId) ? 0 : count(inStage(projectId, DwellingStage.UNDECIDED), exceptInstanceId));
      default -> {
        long remaining = 0;
        for (DwellingStage stage : milestone.stagesBefore()) {
          remaining += count(stageQuery(projectId, milestone, stage), exceptInstanceId);
        }
        yield remaining;
      }
    });
  }

  /** The query's count, without the given instance (when it matches). */
  private static long count(ProcessInstanceQuery query, String exceptInstanceId) {
    long all = query.count();
    return exceptInstanceId == null ? all : all - query.processInstanceId(exceptInstanceId).count();
  }

  private ProcessInstanceQuery inStage(String projectId, DwellingStage stage) {
    return activeOf(projectId).variableValueEquals(DwellingVariables.STAGE, stage.name());
  }

  private ProcessInstanceQuery stageQuery(String projectId, Milestone milestone, DwellingStage stage) {
    ProcessInstanceQuery query = inStage(projectId, stage);
    if (milestone.sampleOnly()) {
      query.variableValueEquals(DwellingVariables.SAMPLE, true);
    }
    return query;
  }

  private boolean signUpClosed(String projectId) {
    ProcessInstance project = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PROJECT)
        .processInstanceBusinessKey(projectId).singleResult();
    return project != null && Boolean.TRUE.equals(runtime.getVariable(project.getId(), SIGN_UP_CLOSED));
  }

  public boolean reached(String projectId, Milestone milestone) {
    return remaining(projectId, milestone) == 0;
  }

  private ProcessInstanceQuery activeOf(String projectId) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DWELLING)
        .variableValueEquals(DwellingVariables.PROJECT_ID, projectId);
  }
}
