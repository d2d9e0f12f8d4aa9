package nl.laatstemeter.routing;

import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.identity.InstanceReaders;
import nl.laatstemeter.identity.OrganisationNames;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of a project or dwelling its candidate groups when it is created, from
 * the one routing source. No BPMN task carries routing of its own. Uses the Camunda Spring Boot
 * event bridge ({@code camunda.bpm.eventing.task}), which publishes task listener events. A
 * candidate group may also read the task's process instance ({@link InstanceReaders}).
 */
@Component
public class TaskRoutingListener {

  /** Listeners that need the task's candidate groups order themselves after this one. */
  public static final int ORDER = 0;

  private final ProcessRouting routing;
  private final InstanceReaders readers;
  private final OrganisationNames organisations;

  public TaskRoutingListener(ProcessRouting routing, InstanceReaders readers, OrganisationNames organisations) {
    this.routing = routing;
    this.readers = readers;
    this.organisations = organisations;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  @Order(ORDER)
  public void onCreate(DelegateTask task) {
    // the variables are read from the task's execution: a task that is being created has no
    // variables of its own, and asking the task would query the database for them
    DelegateExecution scope = task.getExecution();
    if (scope == null || routing.formInForce(scope) == null) {
      return; // not part of a project (e.g. a standalone task)
    }
    Responsibility r = routing.required(scope, task.getTaskDefinitionKey());
    // a task per party (the multi-instance element variable, on the task or on a subprocess around
    // it, as the visits): its form names the party as people know it
    Object party = scope.getVariable(ProjectVariables.PARTY_GROUP);
    if (party != null) {
      task.setVariableLocal(ProcessRouting.PARTY_NAME, organisations.nameOf(party.toString()));
    }
    if (!r.eachParty()) {
      routing.liveGroups(scope, r).forEach(group -> candidate(task, group));
      return;
    }
    if (party == null || !r.groups().contains(party.toString())) {
      throw new ProcessEngineException("Taak '" + task.getTaskDefinitionKey() + "' is een taak per partij, maar '"
          + party + "' is geen van de partijen " + r.groups()
          + ": gebruik ${routing.eachPartyGroups(execution, '" + task.getTaskDefinitionKey()
          + "')} als collectie met elementVariable 'partyGroup'");
    }
    candidate(task, party.toString());
  }

  /** The group may work on the task, and read its process instance (Tasklist shows its variables). */
  private void candidate(DelegateTask task, String group) {
    task.addCandidateGroup(group);
    readers.allowRead(group, task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey());
  }
}
