package nl.laatstemeter.dwelling;

import java.util.Optional;
import nl.laatstemeter.contract.BusinessKey;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessInstances;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.BuildingBlocks.InstallerTiming;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What the project has released to its dwellings, as bean {@code projectReleases} in
 * {@code dwellingConnection}: the project's flags that the waiting gateways ask
 * ({@code inspectionsMayStart}, {@code installerJoined}, {@code trainsPlanned}, {@code projectStopped}),
 * the re-check interval of the waits, and the project id in the stop signal's name.
 */
@Component("projectReleases")
public class ProjectReleases {

  private final ProcessInstances instances;
  private final ProcessRouting routing;
  private final String recheckInterval;

  public ProjectReleases(ProcessInstances instances, ProcessRouting routing, DwellingSettings settings) {
    this.instances = instances;
    this.routing = routing;
    this.recheckInterval = settings.getRecheckInterval();
  }

  /**
   * How long a dwelling waits for a project signal before it looks again at the project's
   * variable of the same name (so a signal thrown just before it started waiting is not missed).
   */
  public String getRecheckInterval() {
    return recheckInterval;
  }

  /**
   * The project id of a dwelling instance, from its business key {@code projectId:dwellingId}:
   * available before its variables (the project's stop signal is subscribed at instance start).
   */
  public String projectOf(DelegateExecution dwelling) {
    Optional<BusinessKey> key = BusinessKey.parse(dwelling.getProcessBusinessKey());
    if (key.isPresent()) {
      return key.get().projectId();
    }
    Object projectId = dwelling.getVariable(DwellingVariables.PROJECT_ID);
    if (projectId == null) {
      throw new ProcessEngineException("Woningproces zonder business key 'projectId:dwellingId' of variabele 'projectId'");
    }
    return projectId.toString();
  }

  /** The project's Boolean variable (inspectionsMayStart, installerJoined, trainsPlanned, projectStopped). */
  public boolean projectFlag(VariableScope dwelling, String name) {
    return Boolean.TRUE.equals(projectVariable(dwelling, name));
  }

  /** The installer is in the team: from the start, or once it joined (installer timing LATER: its award accepted). */
  public boolean installerInTeam(VariableScope dwelling) {
    return DwellingForms.inForce(routing, dwelling).buildingBlocks().installer().timing() == InstallerTiming.FROM_START
        || projectFlag(dwelling, ProjectVariables.INSTALLER_JOINED);
  }

  /** The project's stop reason (for the resident's "project gestopt" mail), or null. */
  public Object projectStopReason(VariableScope dwelling) {
    return projectVariable(dwelling, ProjectVariables.STOP_REASON);
  }

  Object projectVariable(VariableScope dwelling, String name) {
    // a dwelling being started by its batch knows its project's instance (a transient variable)
    return instances.projectVariable((String) dwelling.getVariable(DwellingVariables.PROJECT_ID),
        dwelling.getVariable(DwellingVariables.PROJECT_INSTANCE_ID), name);
  }
}
