package nl.laatstemeter.project;

import java.util.Collection;
import java.util.List;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.routing.Responsibility;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/projects/{id}/train-planning} (DOMAIN.md section 9, trains): the EXECUTION
 * coordinator (the organisations {@code planTrains} is routed to) or an admin asks for the train
 * planning before every participating dwelling has agreed to its plan. Correlates message
 * {@value #MESSAGE} to the project waiting at {@code waitForAllAgreed}.
 */
@Service
public class TrainPlanningRequest {

  public static final String MESSAGE = "PlanTrainsRequested";

  public record Requested(String projectId, String status) {}

  private final RuntimeService runtime;
  private final RoutingService routing;
  private final FormJson json;
  private final SystemAccess system;

  public TrainPlanningRequest(RuntimeService runtime, RoutingService routing, FormJson json, SystemAccess system) {
    this.runtime = runtime;
    this.routing = routing;
    this.json = json;
    this.system = system;
  }

  public Requested request(String projectId, Collection<String> groups) {
    ProcessInstance project = system.call(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROJECT).processInstanceBusinessKey(projectId).singleResult());
    if (project == null) {
      throw new ProjectRequestRefused(HttpStatus.NOT_FOUND, "id", "geen lopend project '" + projectId + "'");
    }
    CollaborationForm form = json.read((String) system.call(() -> runtime.getVariable(project.getId(), ProjectVariables.COLLABORATION_FORM)));
    Responsibility planning = routing.route(form, "planTrains", null);
    List<String> coordinators = planning == null ? List.of() : planning.groups();
    if (!groups.contains(ProjectStop.ADMIN_GROUP) && groups.stream().noneMatch(coordinators::contains)) {
      throw new ProjectRequestRefused(HttpStatus.FORBIDDEN, "$", "alleen de regievoerder van de uitvoering ("
          + String.join(", ", coordinators) + ") of een beheerder mag de treinplanning eerder vragen");
    }
    long waiting = system.call(() -> runtime.createEventSubscriptionQuery().processInstanceId(project.getId())
        .eventType("message").eventName(MESSAGE).count());
    if (waiting == 0) {
      throw new ProjectRequestRefused(HttpStatus.CONFLICT, "id", "project " + projectId
          + " wacht niet op het akkoord van de woningen: de treinplanning is nu niet te vervroegen");
    }
    system.run(() -> runtime.createMessageCorrelation(MESSAGE).processInstanceId(project.getId()).correlateWithResult());
    return new Requested(projectId, "PLANNING_OFFERED");
  }
}
