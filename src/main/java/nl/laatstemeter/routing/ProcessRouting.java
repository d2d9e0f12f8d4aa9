package nl.laatstemeter.routing;

import java.util.List;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessInstances;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.form.Role;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Routing for running processes, as bean {@code routing} in BPMN expressions:
 * {@code ${routing.occurs(execution, 'signCollaborationAgreement')}} on gateways and
 * {@code ${routing.eachPartyGroups(execution, 'evaluateCollaboration')}} as the collection of
 * an "each party" multi-instance (element variable {@value ProjectVariables#PARTY_GROUP}).
 *
 * <p>The form in force is the variable {@code collaborationForm} of the project instance; a
 * dwelling instance carries {@code projectId} and {@code ownership} and reads its project's form.
 */
@Component("routing")
public class ProcessRouting {

  private final RoutingService routing;
  private final FormJson json;
  private final ProcessInstances instances;

  public ProcessRouting(RoutingService routing, FormJson json, ProcessInstances instances) {
    this.routing = routing;
    this.json = json;
    this.instances = instances;
  }

  /** Whether the task occurs for this project or dwelling under the form in force. */
  public boolean occurs(VariableScope scope, String taskId) {
    return route(scope, taskId) != null;
  }

  /**
   * One organisation per party for an "each party" task, in a fixed role order: the parties that
   * take part at this moment (decision {@code partyTakesPart} of routing.dmn, e.g. the installer
   * approves only once {@code installerJoined}). An organisation that also holds a role that takes
   * part keeps its task.
   */
  public List<String> eachPartyGroups(VariableScope scope, String taskId) {
    Responsibility r = required(scope, taskId);
    boolean installerJoined = Boolean.TRUE.equals(scope.getVariable(ProjectVariables.INSTALLER_JOINED));
    List<Role> out = r.roles().stream().filter(role -> !routing.takesPart(taskId, role, installerJoined)).toList();
    if (out.isEmpty()) {
      return r.groups();
    }
    CollaborationForm form = formInForce(scope);
    List<Role> in = r.roles().stream().filter(role -> !out.contains(role)).toList();
    List<String> kept = RoutingService.groups(form, in, r.workPackage(), false);
    List<String> left = RoutingService.groups(form, out, r.workPackage(), true);
    return r.groups().stream().filter(g -> kept.contains(g) || !left.contains(g)).toList();
  }

  /** The routing of a task for this project or dwelling; null when it does not occur. */
  public Responsibility route(VariableScope scope, String taskId) {
    CollaborationForm form = formInForce(scope);
    if (form == null) {
      throw new ProcessEngineException("Geen samenwerkingsvorm gevonden voor taak '" + taskId
          + "': het proces mist de variabele 'collaborationForm' of 'projectId'");
    }
    Object ownership = scope.getVariable(DwellingVariables.OWNERSHIP);
    return routing.route(form, taskId, ownership == null ? null : Ownership.valueOf(ownership.toString()));
  }

  Responsibility required(VariableScope scope, String taskId) {
    Responsibility r = route(scope, taskId);
    if (r == null) {
      throw new ProcessEngineException("Taak '" + taskId + "' komt niet voor onder de samenwerkingsvorm van project "
          + scope.getVariable(ProjectVariables.PROJECT_ID) + " (zie processes/routing.dmn)");
    }
    return r;
  }

  /** The form in force, or null for a process that is not part of a project. */
  public CollaborationForm formInForce(VariableScope scope) {
    Object form = scope.getVariable(ProjectVariables.COLLABORATION_FORM);
    if (form != null) {
      return json.read(form.toString());
    }
    Object projectId = scope.getVariable(ProjectVariables.PROJECT_ID);
    if (projectId == null) {
      return null;
    }
    String stored = storedForm(projectId.toString());
    return stored == null ? null : json.read(stored);
  }

  /** The form in force of a running project as it is stored (JSON), or null when the project does not run. */
  public String storedForm(String projectId) {
    return (String) instances.projectVariable(projectId, ProjectVariables.COLLABORATION_FORM);
  }
}
