package nl.laatstemeter.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.laatstemeter.advice.AdviceService;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.ValidationException;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST /api/projects/{id}/stop {"reason"}} (DOMAIN.md sections 8 and 9): a coordinator of the
 * project (CENTRAL: the coordinator; VARYING: any phase's coordinator; SHARED: the initiator) or an
 * admin stops the project at any phase. It correlates message {@value #STOP_REQUESTED} to the
 * project; its event subprocess "Stopverzoek" stops at once or, under SHARED, first asks every
 * party in the team to approve (a rejection: the project continues).
 */
@Service
public class ProjectStop {

  public static final String STOP_REQUESTED = "ProjectStopRequested";
  public static final String ADMIN_GROUP = "camunda-admin";
  static final String STOP_REQUESTED_BY = "stopRequestedBy";

  /** The answer of 202: {@code STOPPED} (the stop runs) or {@code APPROVAL_REQUESTED} (SHARED). */
  public record Requested(String projectId, String status) {}

  private final ProjectRegister projects;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final AdviceService advice;
  private final FormJson json;
  private final SystemAccess system;

  public ProjectStop(ProjectRegister projects, RuntimeService runtime, HistoryService history, AdviceService advice,
      FormJson json, SystemAccess system) {
    this.projects = projects;
    this.runtime = runtime;
    this.history = history;
    this.advice = advice;
    this.json = json;
    this.system = system;
  }

  @Transactional
  public Requested request(String projectId, JsonNode body, String userId, Collection<String> groups) {
    Project project = projects.find(projectId).orElseThrow(() ->
        new ProjectRequestRefused(HttpStatus.NOT_FOUND, "id", "project '" + projectId + "' bestaat niet"));
    JsonNode reasonNode = body == null ? null : body.get("reason");
    String reason = reasonNode == null || !reasonNode.isTextual() ? null : reasonNode.asText().trim();
    if (reason == null || reason.isEmpty()) {
      throw new ValidationException("reason", "verplicht: waarom het project stopt");
    }
    if (reason.length() > 2000) {
      throw new ValidationException("reason", "hoogstens 2000 tekens");
    }
    CollaborationForm form = form(project);
    Set<String> coordinators = coordinatorGroups(form);
    if (!groups.contains(ADMIN_GROUP) && groups.stream().noneMatch(coordinators::contains)) {
      throw new ProjectRequestRefused(HttpStatus.FORBIDDEN, "$", "alleen een regievoerder van het project ("
          + String.join(", ", coordinators) + ") of een beheerder mag het project stoppen");
    }
    ProcessInstance instance = system.call(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROJECT).processInstanceBusinessKey(projectId).singleResult());
    if (instance == null) {
      throw new ProjectRequestRefused(HttpStatus.CONFLICT, "id", "project " + projectId + " is beëindigd");
    }
    String id = instance.getId();
    if (Boolean.TRUE.equals(system.call(() -> runtime.getVariable(id, ProjectVariables.PROJECT_STOPPED)))) {
      throw new ProjectRequestRefused(HttpStatus.CONFLICT, "id", "project " + projectId + " wordt al gestopt");
    }
    if (system.call(() -> runtime.createExecutionQuery().processInstanceId(id).activityId("approveStop").count()) > 0) {
      throw new ProjectRequestRefused(HttpStatus.CONFLICT, "id", "er ligt al een stopverzoek ter goedkeuring bij de partijen");
    }
    if (system.call(() -> runtime.createEventSubscriptionQuery().processInstanceId(id).eventType("message")
        .eventName(STOP_REQUESTED).count()) == 0) {
      throw new ProjectRequestRefused(HttpStatus.CONFLICT, "id", "project " + projectId
          + " wordt al afgerond (overdracht en evaluatie): stoppen kan niet meer");
    }
    system.run(() -> {
      runtime.setVariable(id, ProjectVariables.STOP_REASON, reason);
      runtime.setVariable(id, STOP_REQUESTED_BY, userId == null ? "" : userId);
      runtime.createMessageCorrelation(STOP_REQUESTED).processInstanceId(id).correlateWithResult();
    });
    boolean stopped = system.call(() -> runtime.createProcessInstanceQuery().processInstanceId(id).count() == 0
        || Boolean.TRUE.equals(runtime.getVariable(id, ProjectVariables.PROJECT_STOPPED)));
    return new Requested(projectId, stopped ? "STOPPED" : "APPROVAL_REQUESTED");
  }

  /** The organisations of the roles that coordinate a phase of the project. */
  Set<String> coordinatorGroups(CollaborationForm form) {
    Set<String> groups = new LinkedHashSet<>();
    for (Role role : advice.coordinatingRoles(form)) {
      String group = form.parties().get(role);
      if (group != null) {
        groups.add(group);
      }
    }
    return groups;
  }

  /** The form in force: of the running instance, else the last one its history holds. */
  private CollaborationForm form(Project project) {
    String stored = system.call(() -> {
      HistoricVariableInstance v = history.createHistoricVariableInstanceQuery()
          .processInstanceId(project.processInstanceId()).variableName(ProjectVariables.COLLABORATION_FORM).singleResult();
      return v == null ? null : (String) v.getValue();
    });
    if (stored == null) {
      throw new ProjectRequestRefused(HttpStatus.CONFLICT, "id", "project " + project.id() + " heeft geen samenwerkingsvorm");
    }
    return json.read(stored);
  }
}
