package nl.laatstemeter.routing;

import java.util.List;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Routing for running processes, as bean {@code routing} in BPMN expressions:
 * {@code ${routing.occurs(execution, 'signCollaborationAgreement')}} on gateways and
 * {@code ${routing.eachPartyGroups(execution, 'evaluateCollaboration')}} as the collection of
 * an "each party" multi-instance (element variable {@value #PARTY_GROUP}).
 *
 * <p>The form in force is the variable {@code collaborationForm} of the project instance; a
 * dwelling instance carries {@code projectId} and {@code ownership} and reads its project's form.
 */
@Component("routing")
public class ProcessRouting {

  public static final String PROJECT_PROCESS = "connectionProject";
  public static final String PARTY_GROUP = "partyGroup";
  public static final String PROJECT_ID = "projectId";
  public static final String OWNERSHIP = "ownership";
  /** Set by the project process once the installer has joined the team (its award). */
  public static final String INSTALLER_JOINED = "installerJoined";
  static final String APPROVE_DECISION = "approveDecision";
  /**
   * "Each party" tasks of the team at that moment: the installer takes part once it has joined
   * (its award accepted), so not in a project stopped before that (DOMAIN.md sections 5 and 9).
   */
  private static final List<String> TEAM_TASKS = List.of(APPROVE_DECISION, "evaluateCollaboration");
  /**
   * A task's own variable (input of the task in the BPMN) naming the one organisation, among the
   * organisations its routing lists, that gets this task (makeNewAppointment under DISTRIBUTED: the
   * organisation whose visit failed; decideUnreachableDwelling: the coordinator of the failed task's phase).
   */
  public static final String ROUTE_TO_GROUP = "routeToGroup";

  private final RoutingService routing;
  private final FormJson json;
  private final RuntimeService runtime;
  private final SystemAccess system;

  public ProcessRouting(RoutingService routing, FormJson json, RuntimeService runtime, SystemAccess system) {
    this.routing = routing;
    this.json = json;
    this.runtime = runtime;
    this.system = system;
  }

  /** Whether the task occurs for this project or dwelling under the form in force. */
  public boolean occurs(VariableScope scope, String taskId) {
    return route(scope, taskId) != null;
  }

  /** One organisation per party for an "each party" task, in a fixed role order. */
  public List<String> eachPartyGroups(VariableScope scope, String taskId) {
    Responsibility r = required(scope, taskId);
    List<String> groups = r.groups();
    if (TEAM_TASKS.contains(taskId) && !Boolean.TRUE.equals(scope.getVariable(INSTALLER_JOINED))) {
      List<String> installers = RoutingService.groups(formInForce(scope), List.of(Role.INSTALLER), null, true);
      groups = groups.stream().filter(g -> !installers.contains(g) || isOtherParty(scope, g)).toList();
    }
    return groups;
  }

  private boolean isOtherParty(VariableScope scope, String group) {
    CollaborationForm form = formInForce(scope);
    return form.parties().entrySet().stream().anyMatch(e -> e.getKey() != Role.INSTALLER && e.getValue().equals(group));
  }

  /**
   * The organisations a live task gets: those of its routing, or only {@value #ROUTE_TO_GROUP}
   * when the task names one of them.
   */
  List<String> liveGroups(VariableScope scope, Responsibility r) {
    Object only = scope.getVariable(ROUTE_TO_GROUP);
    return only != null && r.groups().contains(only.toString()) ? List.of(only.toString()) : r.groups();
  }

  /**
   * The organisation of the coordinator of the phase of the given task (block 1.1, from the
   * routing table's phase coordinators); null when that task does not occur or has no phase.
   */
  public String phaseCoordinatorGroup(VariableScope scope, String taskId) {
    Responsibility task = route(scope, taskId);
    if (task == null || task.phase() == null) {
      return null;
    }
    Role role = routing.phaseCoordinator(formInForce(scope), task.phase());
    return role == null ? null : formInForce(scope).parties().get(role);
  }

  /** The routing of a task for this project or dwelling; null when it does not occur. */
  public Responsibility route(VariableScope scope, String taskId) {
    CollaborationForm form = formInForce(scope);
    if (form == null) {
      throw new ProcessEngineException("Geen samenwerkingsvorm gevonden voor taak '" + taskId
          + "': het proces mist de variabele 'collaborationForm' of 'projectId'");
    }
    Object ownership = scope.getVariable(OWNERSHIP);
    return routing.route(form, taskId, ownership == null ? null : Ownership.valueOf(ownership.toString()));
  }

  Responsibility required(VariableScope scope, String taskId) {
    Responsibility r = route(scope, taskId);
    if (r == null) {
      throw new ProcessEngineException("Taak '" + taskId + "' komt niet voor onder de samenwerkingsvorm van project "
          + scope.getVariable(PROJECT_ID) + " (zie processes/routing.dmn)");
    }
    return r;
  }

  /** The form in force, or null for a process that is not part of a project. */
  public CollaborationForm formInForce(VariableScope scope) {
    Object form = scope.getVariable(FormJson.VARIABLE);
    if (form != null) {
      return json.read(form.toString());
    }
    Object projectId = scope.getVariable(PROJECT_ID);
    if (projectId == null) {
      return null;
    }
    String stored = storedForm(projectId.toString());
    return stored == null ? null : json.read(stored);
  }

  /** The form in force of a running project as it is stored (JSON), or null when the project does not run. */
  public String storedForm(String projectId) {
    return system.call(() -> {
      ProcessInstance project = runtime.createProcessInstanceQuery()
          .processDefinitionKey(PROJECT_PROCESS)
          .processInstanceBusinessKey(projectId)
          .singleResult();
      return project == null ? null : (String) runtime.getVariable(project.getId(), FormJson.VARIABLE);
    });
  }
}
