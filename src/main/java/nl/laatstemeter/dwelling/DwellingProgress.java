package nl.laatstemeter.dwelling;

import java.util.EnumMap;
import java.util.Map;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.platform.SystemAccess;
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

  /** Dwellings per stage, ended ones (declined, stopped, closed) included. */
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
    return system.call(() -> {
      long remaining = 0;
      for (DwellingStage stage : milestone.stagesBefore()) {
        ProcessInstanceQuery query = activeOf(projectId).variableValueEquals(DwellingVariables.STAGE, stage.name());
        if (milestone.sampleOnly()) {
          query.variableValueEquals(DwellingVariables.SAMPLE, true);
        }
        remaining += query.count();
      }
      return remaining;
    });
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
