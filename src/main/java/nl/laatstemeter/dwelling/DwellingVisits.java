package nl.laatstemeter.dwelling;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.Messages;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.contract.Values;
import nl.laatstemeter.duedate.DueMoment;
import nl.laatstemeter.form.Phase;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.routing.ProcessRouting;
import nl.laatstemeter.routing.Responsibility;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Visits in the home (DOMAIN.md section 9, "Nobody home"), as bean {@code visits} in the BPMN.
 * Every in-home task of {@code dwellingConnection} sits in its own visit subprocess, which keeps
 * the visit's own variables: {@value #VISIT_OUTCOME} (DONE or NO_ACCESS, from the task's form),
 * {@value #NO_ACCESS_COUNT}, {@value #VISIT_GROUP} (the organisation that came),
 * {@value #APPOINTMENT_DATE} (the new appointment) and {@value #UNREACHABLE_DECISION}. A visit
 * without access calls process {@code newAppointment} (makeNewAppointment, after the third
 * decideUnreachableDwelling) and then opens the same task again, due on the new date.
 */
@Component("visits")
public class DwellingVisits {

  public static final String VISIT_OUTCOME = DwellingVariables.VISIT_OUTCOME;
  public static final String NO_ACCESS = "NO_ACCESS";
  public static final String NO_ACCESS_COUNT = DwellingVariables.NO_ACCESS_COUNT;
  public static final String VISIT_GROUP = DwellingVariables.VISIT_GROUP;
  public static final String VISIT_TASK = DwellingVariables.VISIT_TASK;
  public static final String APPOINTMENT_DATE = DwellingVariables.APPOINTMENT_DATE;
  public static final String UNREACHABLE_DECISION = DwellingVariables.UNREACHABLE_DECISION;
  public static final String TRY_AGAIN = "TRY_AGAIN";
  /** Per inspecting party its own inspection result (JSON object: organisation → fields). */
  public static final String INSPECTION_RESULTS = DwellingVariables.INSPECTION_RESULTS;
  /** Text of every party's inspection result, shown in drawUpConnectionPlan. */
  public static final String INSPECTION_SUMMARY = DwellingVariables.INSPECTION_SUMMARY;

  /** The in-home tasks (DOMAIN.md section 7). */
  public static final List<String> IN_HOME_TASKS = List.of("inspectDwelling", "inspectDwellingGlobal",
      "inspectDwellingDetailed", "kitchenTableTalk", "installDeliverySet", "adaptIndoorInstallation", "commissionConnection");

  /** The fields of an inspection form, kept per inspecting party. */
  public static final List<String> INSPECTION_FIELDS = List.of("visitDate", "kitchenTableTalkHeld", "dwellingType",
      "deliverySetLocation", "connectionMethod", "removeGasBoiler", "electricCooking", "structuralWork",
      "estimatedCost", "inspectionRemarks");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ProcessRouting routing;
  private final DwellingRegister register;
  private final SystemAccess system;

  public DwellingVisits(RuntimeService runtime, TaskService tasks, ProcessRouting routing, DwellingRegister register,
      SystemAccess system) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.routing = routing;
    this.register = register;
    this.system = system;
  }

  /** On completion of an in-home task: the organisation that made the visit. */
  public void visited(DelegateTask task) {
    Object party = task.getVariable(ProjectVariables.PARTY_GROUP);
    String group = party != null ? party.toString() : task.getCandidates().stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElse(null);
    task.getExecution().setVariable(VISIT_GROUP, group);
  }

  /** The flow "nee" after "Toegang gekregen?": one more visit without access to this task. */
  public void noAccess(DelegateExecution visit) {
    Object n = visit.getVariable(NO_ACCESS_COUNT);
    visit.setVariable(NO_ACCESS_COUNT, (n == null ? 0 : ((Number) n).intValue()) + 1);
  }

  /**
   * After {@code newAppointment} (the dwelling stays reachable): the count starts anew when the
   * coordinator decided to try again; the next task opens empty. For an execution task the new
   * appointment becomes the dwelling's planned date: the register and the other open execution
   * tasks follow, and message {@code PlannedDateChanged} tells the resident.
   */
  public void appointmentMade(DelegateExecution visit) {
    if (TRY_AGAIN.equals(visit.getVariable(UNREACHABLE_DECISION))) {
      visit.setVariable(NO_ACCESS_COUNT, 0);
    }
    visit.setVariable(UNREACHABLE_DECISION, null);
    visit.setVariable(VISIT_OUTCOME, null);
    LocalDate date = Values.date(visit.getVariable(APPOINTMENT_DATE), APPOINTMENT_DATE);
    Responsibility task = routing.route(visit, (String) visit.getVariable(VISIT_TASK));
    if (task == null || task.phase() != Phase.EXECUTION) {
      return;
    }
    Object previous = visit.getVariable(DwellingVariables.PLANNED_DATE);
    visit.setVariable(DwellingVariables.PREVIOUS_PLANNED_DATE, previous);
    visit.setVariable(DwellingVariables.PLANNED_DATE, date.toString());
    register.setPlannedDate((String) visit.getVariable(DwellingVariables.PROJECT_ID),
        (String) visit.getVariable(DwellingVariables.DWELLING_ID), date);
    Date due = DueMoment.of(date);
    system.run(() -> {
      tasks.createTaskQuery().processInstanceId(visit.getProcessInstanceId())
          .taskDefinitionKeyIn("connectToFacade", "installDeliverySet", "adaptIndoorInstallation", "commissionConnection")
          .list().forEach(t -> {
            t.setDueDate(due);
            tasks.saveTask(t);
          });
      runtime.createMessageCorrelation(Messages.PLANNED_DATE_CHANGED)
          .processInstanceId(visit.getProcessInstanceId()).correlateWithResult();
    });
  }

  /**
   * When an inspection visit ends with access: its fields, submitted into the visit's own scope,
   * are kept as this party's result in {@value #INSPECTION_RESULTS}; with one inspecting party they
   * are also the dwelling's inspection fields (as the connection plan reads them).
   */
  public void keepInspectionResult(DelegateExecution visit) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String field : INSPECTION_FIELDS) {
      Object value = visit.getVariableLocal(field);
      if (value != null) {
        fields.put(field, value instanceof Date d ? d.toInstant().toString() : value);
      }
    }
    String group = String.valueOf(visit.getVariable(VISIT_GROUP));
    InspectionResults results = InspectionResults.read(visit.getVariable(INSPECTION_RESULTS));
    results.put(group, fields);
    visit.getProcessInstance().setVariable(INSPECTION_RESULTS, results.json());
    Object parties = visit.getVariable("nrOfInstances");
    if (parties == null || ((Number) parties).intValue() <= 1) {
      fields.forEach((k, v) -> visit.getProcessInstance().setVariable(k, visit.getVariableLocal(k)));
    }
  }

  /** On creation of drawUpConnectionPlan: every inspecting party's result as text. */
  public void showInspectionResults(DelegateTask task) {
    InspectionResults results = InspectionResults.read(task.getVariable(INSPECTION_RESULTS));
    task.setVariableLocal(INSPECTION_SUMMARY, results.isEmpty() ? "Geen schouw (standaardplan van het woningtype)"
        : results.text());
  }

  /** The organisation of the coordinator of the given task's phase (for decideUnreachableDwelling). */
  public String phaseCoordinatorGroup(VariableScope scope, String taskId) {
    return routing.phaseCoordinatorGroup(scope, taskId);
  }
}
