package nl.laatstemeter.dwelling;

import nl.laatstemeter.platform.SystemAccess;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * How far the dwellings of a project are, counted with Camunda queries on each dwelling
 * instance's own variables {@code projectId}, {@code stage} and {@code sample}: never loads the
 * dwellings themselves, so it holds for 10,000 dwellings per project.
 */
@Component
public class DwellingProgress {

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
            .processDefinitionKey(DwellingProcesses.DWELLING_PROCESS)
            .variableValueEquals(DwellingProcesses.PROJECT_ID, projectId)
            .variableValueEquals(DwellingStage.VARIABLE, stage.name())
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
            .processDefinitionKey(DwellingProcesses.DWELLING_PROCESS)
            .variableValueEquals(DwellingProcesses.PROJECT_ID, projectId)
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
    return system.call(() -> activeOf(projectId).variableValueEquals(DwellingStage.VARIABLE, stage.name()).count());
  }

  /** Dwellings that must still pass the milestone; 0 means it is reached. */
  public long remaining(String projectId, Milestone milestone) {
    return remaining(projectId, milestone, null);
  }

  /**
   * Dwellings that must still pass the milestone, not counting the given dwelling instance (one that
   * is ending now: the database still shows it as it was before this transaction).
   */
  public long remaining(String projectId, Milestone milestone, String exceptInstanceId) {
    return system.call(() -> {
      if (milestone == Milestone.ended) {
        long running = activeOf(projectId).count();
        if (exceptInstanceId != null) {
          running -= activeOf(projectId).processInstanceId(exceptInstanceId).count();
        }
        return running;
      }
      long remaining = 0;
      for (DwellingStage stage : milestone.stagesBefore()) {
        remaining += stageQuery(projectId, milestone, stage).count();
        if (exceptInstanceId != null) {
          remaining -= stageQuery(projectId, milestone, stage).processInstanceId(exceptInstanceId).count();
        }
      }
      return remaining;
    });
  }

  private ProcessInstanceQuery stageQuery(String projectId, Milestone milestone, DwellingStage stage) {
    ProcessInstanceQuery query = activeOf(projectId).variableValueEquals(DwellingStage.VARIABLE, stage.name());
    if (milestone.sampleOnly()) {
      query.variableValueEquals(DwellingProcesses.SAMPLE, true);
    }
    return query;
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
