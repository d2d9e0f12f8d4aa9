package nl.laatstemeter.dwelling;

import java.util.List;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.form.BuildingBlocks.InspectionScope;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Telling the project when its dwellings passed a milestone, as bean {@code dwellingMilestones}:
 * the service tasks "… melden aan project" and the end listener of the dwelling's process.
 */
@Component("dwellingMilestones")
public class DwellingMilestones {

  private final RuntimeService runtime;
  private final ProcessRouting routing;
  private final DwellingProgress progress;
  private final SystemAccess system;

  public DwellingMilestones(RuntimeService runtime, ProcessRouting routing, DwellingProgress progress, SystemAccess system) {
    this.runtime = runtime;
    this.routing = routing;
    this.progress = progress;
    this.system = system;
  }

  /**
   * After the dwelling passed a milestone (asynchronously, after its stage is committed): when no
   * dwelling that counts is left before it, correlates the milestone's message to the project.
   * A dwelling outside the sample does not count for sampleInspected. Returns whether it did.
   */
  public boolean report(DelegateExecution dwelling, String name) {
    Milestone milestone = Milestone.of(name);
    if (milestone.sampleOnly() && !(isSampleProject(dwelling) && Boolean.TRUE.equals(dwelling.getVariable(DwellingVariables.SAMPLE)))) {
      return false;
    }
    String projectId = (String) dwelling.getVariable(DwellingVariables.PROJECT_ID);
    if (!projectWaitsFor(projectId, milestone) || !progress.reached(projectId, milestone)) {
      return false;
    }
    correlate(projectId, milestone);
    return true;
  }

  /**
   * When the dwelling instance ends (any end): tells the project when this was the last dwelling
   * it waited for, for the milestones an ending dwelling can complete (connected, planTrains,
   * ended). The ending dwelling is not counted: the database still shows it as running.
   */
  public void ended(DelegateExecution dwelling) {
    Object projectId = dwelling.getVariable(DwellingVariables.PROJECT_ID);
    if (projectId == null) {
      return;
    }
    for (Milestone milestone : List.of(Milestone.connected, Milestone.planTrains, Milestone.ended)) {
      if (projectWaitsFor(projectId.toString(), milestone)
          && progress.noneRemaining(projectId.toString(), milestone, dwelling.getProcessInstanceId())) {
        correlate(projectId.toString(), milestone);
      }
    }
  }

  /**
   * Whether the project waits for the milestone's message: the executions the correlation would
   * reach (a message subscription of that name in the instance with the project's business key;
   * no process starts on these messages). A project that does not wait is not told (the message
   * would reach nothing), so the dwellings are not counted for it: it counts them itself when it
   * comes to wait (and every 10 minutes while it waits).
   */
  private boolean projectWaitsFor(String projectId, Milestone milestone) {
    return system.call(() -> runtime.createExecutionQuery().messageEventSubscriptionName(milestone.message())
        .processInstanceBusinessKey(projectId).count() > 0);
  }

  private void correlate(String projectId, Milestone milestone) {
    system.run(() -> runtime.createMessageCorrelation(milestone.message()).processInstanceBusinessKey(projectId)
        .correlateAllWithResult());
  }

  private boolean isSampleProject(DelegateExecution dwelling) {
    return DwellingForms.inForce(routing, dwelling).buildingBlocks().inspection().scope() == InspectionScope.SAMPLE;
  }
}
