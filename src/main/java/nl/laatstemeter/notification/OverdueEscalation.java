package nl.laatstemeter.notification;

import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.form.Phase;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.routing.ProcessRouting;
import nl.laatstemeter.routing.Responsibility;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who hears of a task that is three working days overdue: the coordinator of the task's phase
 * under the project's form in force (block 1.1, from the routing table); for a task of phase
 * "any" the EXECUTION coordinator (DOMAIN.md section 9).
 */
@Component
class OverdueEscalation {

  private final RuntimeService runtime;
  private final ProcessRouting processRouting;
  private final RoutingService routing;
  private final FormJson json;

  OverdueEscalation(RuntimeService runtime, ProcessRouting processRouting, RoutingService routing, FormJson json) {
    this.runtime = runtime;
    this.processRouting = processRouting;
    this.routing = routing;
    this.json = json;
  }

  /** The coordinator's organisation for this task, or null (not part of a running project). */
  String coordinatorGroup(Task task) {
    ProcessInstance instance = task.getProcessInstanceId() == null ? null
        : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    if (instance == null || instance.getBusinessKey() == null) {
      return null;
    }
    String key = instance.getBusinessKey();
    String projectId = key.contains(":") ? key.substring(0, key.lastIndexOf(':')) : key;
    Object own = runtime.getVariable(instance.getId(), ProjectVariables.COLLABORATION_FORM);
    String stored = own != null ? own.toString() : processRouting.storedForm(projectId);
    if (stored == null) {
      return null;
    }
    CollaborationForm form = json.read(stored);
    Phase phase = Phase.EXECUTION;
    for (Ownership ownership : new Ownership[] {null, Ownership.CORPORATE, Ownership.PRIVATE}) {
      Responsibility r = routing.route(form, task.getTaskDefinitionKey(), ownership);
      if (r != null) {
        phase = r.phase() == null ? Phase.EXECUTION : r.phase();
        break;
      }
    }
    Role coordinator = routing.phaseCoordinator(form, phase);
    return coordinator == null ? null : form.parties().get(coordinator);
  }
}
