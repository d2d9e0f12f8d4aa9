package nl.laatstemeter.dwelling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.laatstemeter.contract.BusinessKey;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.project.ProjectService;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts single dwelling instances without a project: the dwelling carries the resolved
 * collaboration form itself (variable {@code collaborationForm}, which routing reads first) and
 * the project's connection methods; project signals are sent by the test. Drives jobs and tasks.
 */
@Component
public class DwellingFixture {

  public static final String METHODS = "[\"Inpandig via de kruipruimte\", \"Via de gevel naar de meterkast\"]";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final RoutingService routing;
  private final FormJson json;
  private final DwellingRegister register;
  private final ProjectService projects;
  private final IdentityService identity;

  DwellingFixture(RuntimeService runtime, TaskService tasks, ManagementService management, RoutingService routing,
      FormJson json, DwellingRegister register, ProjectService projects, IdentityService identity) {
    this.register = register;
    this.projects = projects;
    this.identity = identity;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.routing = routing;
    this.json = json;
  }

  /**
   * A real project (ProjectService, as POST /api/projects) with these dwellings, moved past its
   * preparation to {@code startDwellings} (its design gave {@link #METHODS}), dwellings started.
   */
  public ProcessInstance projectAtDwellings(FormFixture form, String name, JsonNode dwellings) {
    for (String id : List.of(FormFixture.HEAT, FormFixture.MUNI, FormFixture.HOUSING, FormFixture.INSTALLER,
        FormFixture.INDOOR, FormFixture.COOP)) {
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        Group g = identity.newGroup(id);
        g.setName(id);
        identity.saveGroup(g);
      }
    }
    ObjectNode body = (ObjectNode) form.json();
    body.put("name", name);
    body.set("dwellings", dwellings);
    String projectId = projects.create(projects.check(body), "test").id();
    ProcessInstance project = runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .processInstanceBusinessKey(projectId).singleResult();
    runtime.setVariable(project.getId(), "connectionMethods", METHODS);
    // the project waits at its first task inside "Project uitvoeren": continue there from startDwellings
    runtime.createProcessInstanceModification(project.getId()).startBeforeActivity("startDwellings")
        .cancelAllForActivity("draftDeclarationOfIntent").execute();
    runJobs();
    return project;
  }

  public static String newProjectId() {
    return "p-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The form as recorded: defaults resolved, as the project keeps it. */
  public String formJson(FormFixture form) {
    return json.write(routing.resolveDefaults(form.form()));
  }

  /** Registers the dwelling and starts its instance. */
  public ProcessInstance start(FormFixture form, String projectId, String dwellingId, Ownership ownership, boolean hasEmail) {
    return start(form, projectId, new Dwelling(dwellingId, "Warmtelaan", "1234 AB", "1", ownership, DwellingType.TERRACED,
        "Bewoner", hasEmail ? "bewoner@example.nl" : null));
  }

  /** Registers this dwelling (e.g. with its own resident e-mail address) and starts its instance. */
  public ProcessInstance start(FormFixture form, String projectId, Dwelling d) {
    String dwellingId = d.id();
    register.addAll(projectId, List.of(d));
    VariableMap vars = DwellingProcesses.startVariables(projectId, "Project " + projectId, d)
        .putValue(ProjectVariables.COLLABORATION_FORM, formJson(form))
        .putValue("connectionMethods", METHODS);
    return runtime.startProcessInstanceByKey(ProcessKeys.DWELLING,
        new BusinessKey(projectId, dwellingId).value(), vars);
  }

  /**
   * The running {@code residentMessage} instance of this type that the dwelling started beside
   * itself (same business key, variable {@code mailType}); null when there is none (any more).
   */
  public ProcessInstance message(ProcessInstance dwelling, String mailType) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("residentMessage")
        .processInstanceBusinessKey(dwelling.getBusinessKey()).variableValueEquals("mailType", mailType).singleResult();
  }

  /** Runs due asynchronous continuations like {@link #runJobs()}, but leaves the jobs at this activity alone. */
  public void runJobsExcept(String activityId) {
    for (int round = 0; round < 100; round++) {
      Set<String> left = management.createJobQuery().executable().messages().activityId(activityId).list().stream()
          .map(Job::getId).collect(Collectors.toSet());
      List<Job> due = management.createJobQuery().executable().messages().list().stream()
          .filter(j -> !left.contains(j.getId())).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> management.executeJob(j.getId()));
    }
    throw new AssertionError("jobs keep coming");
  }

  /** The one open task of the instance (or of a resident message beside it, same business key) with this key. */
  public Task task(ProcessInstance dwelling, String key) {
    List<Task> found = tasks(dwelling, key);
    assertThat(found).as("open task " + key).hasSize(1);
    return found.get(0);
  }

  public List<Task> tasks(ProcessInstance dwelling, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(dwelling.getBusinessKey()).taskDefinitionKey(key).list();
  }

  public List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).toList();
  }

  public void complete(Task task, Map<String, Object> variables) {
    tasks.complete(task.getId(), variables);
  }

  /** Completes the single open task with the key and returns its candidate groups. */
  public List<String> complete(ProcessInstance dwelling, String key, Map<String, Object> variables) {
    Task task = task(dwelling, key);
    List<String> groups = candidateGroups(task);
    complete(task, variables);
    return groups;
  }

  /** Runs every due asynchronous continuation (no timers) until none is left. */
  public void runJobs() {
    for (int round = 0; round < 100; round++) {
      List<Job> due = management.createJobQuery().executable().messages().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> management.executeJob(j.getId()));
    }
    throw new AssertionError("jobs keep coming");
  }

  /** Sends a project signal (as the project throws it) and runs the continuations. */
  public void signal(String name, String projectId) {
    runtime.createSignalEvent(name + "-" + projectId).send();
    runJobs();
  }

  /** Fires the dwelling's timer at an activity. */
  public void fireTimer(ProcessInstance dwelling, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(dwelling.getId()).activityId(activityId).timers().singleResult();
    assertThat(timer).as("timer at " + activityId).isNotNull();
    management.executeJob(timer.getId());
    runJobs();
  }

  /**
   * Under the recommended form: the owner joins, the dwelling is inspected, its plan drawn up and
   * agreed, and the train planning gives it {@code date}; it then waits for its notice moment.
   */
  public void planned(ProcessInstance dwelling, String projectId, String dwellingId, LocalDate date) {
    complete(dwelling, "recordParticipationDecision", join(false));
    signal("inspectionsMayStart", projectId);
    complete(dwelling, "inspectDwelling", inspectionResult());
    runJobs();
    complete(dwelling, "drawUpConnectionPlan", Map.of("connectionPlan", "tracé", "planCost", 1.0, "ownerCost", 0.0));
    complete(dwelling, "ownerAgreement", Map.of("ownerDecision", "AGREE"));
    runJobs();
    register.setPlannedDate(projectId, dwellingId, date);
    signal("trainsPlanned", projectId);
  }

  public static Map<String, Object> inspectionResult() {
    return Variables.createVariables()
        .putValue("visitDate", "2026-03-02").putValue("kitchenTableTalkHeld", true)
        .putValue("dwellingType", "TERRACED").putValue("deliverySetLocation", "meterkast")
        .putValue("connectionMethod", "Via de gevel naar de meterkast").putValue("removeGasBoiler", true)
        .putValue("electricCooking", true).putValue("structuralWork", false)
        .putValue("estimatedCost", 4200.0).putValue("inspectionRemarks", "geen bijzonderheden");
  }

  public static Map<String, Object> join(boolean questions) {
    return Map.of("participationDecision", "JOIN", "questionsOrResistance", questions);
  }
}
