package nl.laatstemeter.routing;

import java.util.List;
import java.util.Map;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessInstances;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.BuildingBlocks;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.form.Role;
import org.camunda.bpm.engine.BadUserRequestException;
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

  /** Task-local name of the {@value ProjectVariables#PARTY_GROUP} of a task per party, for its form. */
  public static final String PARTY_NAME = "partyName";
  /**
   * A task's own variable (input of the task in the BPMN) naming the one organisation, among the
   * organisations its routing lists, that gets this task (makeNewAppointment under DISTRIBUTED: the
   * organisation whose visit failed; decideUnreachableDwelling: the coordinator of the failed task's phase).
   */
  public static final String ROUTE_TO_GROUP = "routeToGroup";

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
    Object ownership = scope.getVariable(DwellingVariables.OWNERSHIP);
    return routing.route(form, taskId, ownership == null ? null : ownership(ownership, scope));
  }

  private static Ownership ownership(Object value, VariableScope scope) {
    String problem = ownershipProblem(value, scope.getVariable(ProjectVariables.PROJECT_ID));
    if (problem != null) {
      throw new BadUserRequestException(problem);
    }
    return Ownership.valueOf(value.toString());
  }

  private static String ownershipProblem(Object value, Object projectId) {
    if (value == null) {
      return null;
    }
    try {
      Ownership.valueOf(value.toString());
      return null;
    } catch (IllegalArgumentException e) {
      return "Een woning van project " + projectId + " heeft een onbekend eigendom '" + value + "' (variabele '"
          + DwellingVariables.OWNERSHIP + "', verwacht CORPORATE of PRIVATE). Er is niets gewijzigd; een beheerder herstelt de variabele.";
    }
  }

  /**
   * What keeps the routing of a process with these variables from working, in Dutch, naming the
   * variable; null when nothing does. Lets a request be refused before it starts (the engine REST
   * API answers an exception in a task listener with 500).
   *
   * @return the variable and the message, or null
   */
  public Map.Entry<String, String> routingProblem(Object form, Object projectId, Object ownership) {
    try {
      if (form != null) {
        readable(form, projectId);
      } else if (projectId != null) {
        String stored = storedForm(projectId.toString());
        if (stored != null) {
          readable(stored, projectId);
        }
      }
    } catch (BadUserRequestException e) {
      return Map.entry(ProjectVariables.COLLABORATION_FORM, e.getMessage());
    }
    String problem = ownershipProblem(ownership, projectId);
    return problem == null ? null : Map.entry(DwellingVariables.OWNERSHIP, problem);
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
      return readable(form, scope.getVariable(ProjectVariables.PROJECT_ID));
    }
    Object projectId = scope.getVariable(ProjectVariables.PROJECT_ID);
    if (projectId == null) {
      return null;
    }
    String stored = storedForm(projectId.toString());
    return stored == null ? null : readable(stored, projectId);
  }

  /**
   * The stored form, checked for what routing needs; otherwise a refusal that says what is wrong
   * (HTTP 400 through the engine REST API, never a NullPointerException deep in the routing). The
   * work that asked for it is rolled back, so the project stays as it was.
   */
  private CollaborationForm readable(Object stored, Object projectId) {
    CollaborationForm form;
    try {
      form = json.read(stored.toString());
    } catch (RuntimeException e) {
      throw broken(projectId, "geen leesbare samenwerkingsvorm (" + e.getMessage() + ")");
    }
    String missing = missing(form);
    if (missing != null) {
      throw broken(projectId, missing);
    }
    return form;
  }

  private static String missing(CollaborationForm form) {
    BuildingBlocks blocks = form.buildingBlocks();
    if (form.parties().isEmpty()) {
      return "de partijen ('parties') ontbreken";
    }
    if (blocks == null) {
      return "de bouwstenen ('buildingBlocks') ontbreken";
    }
    if (blocks.coordination() == null || blocks.coordination().mode() == null) {
      return "bouwsteen 'coordination' ontbreekt";
    }
    if (blocks.structure() == null) {
      return "bouwsteen 'structure' ontbreekt";
    }
    if (blocks.heatCompanyScope() == null) {
      return "bouwsteen 'heatCompanyScope' ontbreekt";
    }
    if (blocks.installer() == null || blocks.installer().timing() == null || blocks.installer().count() == null) {
      return "bouwsteen 'installer' ontbreekt of is onvolledig";
    }
    if (blocks.inspection() == null || blocks.inspection().scope() == null || blocks.inspection().parties() == null
        || blocks.inspection().rounds() == null) {
      return "bouwsteen 'inspection' ontbreekt of is onvolledig";
    }
    if (blocks.tender() == null || blocks.tender().method() == null) {
      return "bouwsteen 'tender' ontbreekt";
    }
    if (blocks.communication() == null || blocks.communication().approach() == null) {
      return "bouwsteen 'communication' ontbreekt";
    }
    return null;
  }

  private static BadUserRequestException broken(Object projectId, String what) {
    return new BadUserRequestException("De samenwerkingsvorm van project " + (projectId == null ? "?" : projectId)
        + " (variabele '" + ProjectVariables.COLLABORATION_FORM + "') is beschadigd: " + what + ". Er is niets gewijzigd; een "
        + "beheerder herstelt de samenwerkingsvorm, daarna gaat het project verder.");
  }

  /** The form in force of a running project as it is stored (JSON), or null when the project does not run. */
  public String storedForm(String projectId) {
    return (String) instances.projectVariable(projectId, ProjectVariables.COLLABORATION_FORM);
  }
}
