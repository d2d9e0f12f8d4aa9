package nl.laatstemeter.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.identity.IdentitySetup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a project in a test the way its parties would: starts it through {@link ProjectService},
 * finds its tasks (in the project instance and the tender and joint-decision instances it calls,
 * all with the project id as business key), completes them and runs the jobs that are due.
 */
final class ProjectDriver {

  static final List<String> DEMO_GROUPS = List.of(FormFixture.HEAT, FormFixture.MUNI, FormFixture.HOUSING,
      FormFixture.INSTALLER, FormFixture.INDOOR, FormFixture.COOP, "installateur-schouw-demo");

  private final ProcessEngine engine;
  private final ProjectService projects;
  private final FormJson json;
  final String projectId;
  final ProcessInstance instance;
  /** How a task is completed: directly by default, or as a party (see {@link #asParties}). */
  private TaskCompleter completer;

  /** Completes one task with its answers. */
  interface TaskCompleter {
    void complete(Task task, Map<String, Object> answers);
  }

  private ProjectDriver(ProcessEngine engine, ProjectService projects, FormJson json, String projectId) {
    this.engine = engine;
    this.projects = projects;
    this.json = json;
    this.projectId = projectId;
    this.instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("connectionProject").processInstanceBusinessKey(projectId).singleResult();
    this.completer = (task, answers) -> engine.getTaskService().complete(task.getId(), answers);
  }

  /** From now on every task this driver completes goes through {@code completer} (e.g. as a member of its group). */
  ProjectDriver asParties(TaskCompleter completer) {
    this.completer = completer;
    return this;
  }

  /** The demo organisations as Camunda groups of the organisation type (the test profile has no demo data). */
  static void ensureGroups(IdentityService identity) {
    for (String id : DEMO_GROUPS) {
      Group group = identity.createGroupQuery().groupId(id).singleResult();
      if (group == null) {
        group = identity.newGroup(id);
        group.setName(id);
      } else if (IdentitySetup.ORGANISATION_GROUP_TYPE.equals(group.getType())) {
        continue;
      }
      // an organisation is offered in the forms' organisation lists (OrganisationNames)
      group.setType(IdentitySetup.ORGANISATION_GROUP_TYPE);
      identity.saveGroup(group);
    }
  }

  /** Starts a project with the given form and dwellings JSON (may be null). */
  static ProjectDriver start(ProcessEngine engine, ProjectService projects, FormJson json, FormFixture form, String name) {
    ObjectNode body = (ObjectNode) form.json();
    body.put("name", name);
    ProjectService.Checked checked = projects.check(body);
    assertThat(checked.blocked()).as("advice blocks: " + checked.errors()).isFalse();
    return new ProjectDriver(engine, projects, json, projects.create(checked, "test").id());
  }

  /** A driver for a project created elsewhere (e.g. through the API). */
  static ProjectDriver attach(ProcessEngine engine, ProjectService projects, FormJson json, String projectId) {
    return new ProjectDriver(engine, projects, json, projectId);
  }

  static ProjectDriver start(ProcessEngine engine, ProjectService projects, FormJson json, ObjectNode body) {
    ProjectService.Checked checked = projects.check(body);
    assertThat(checked.blocked()).as("advice blocks: " + checked.errors()).isFalse();
    return new ProjectDriver(engine, projects, json, projects.create(checked, "test").id());
  }

  private TaskService tasks() {
    return engine.getTaskService();
  }

  private RuntimeService runtime() {
    return engine.getRuntimeService();
  }

  /** Every open task of the project (any of its instances) with this definition key. */
  List<Task> tasks(String key) {
    return tasks().createTaskQuery().processInstanceBusinessKey(projectId).taskDefinitionKey(key).list();
  }

  /** The task keys open now, sorted. */
  List<String> openTaskKeys() {
    return tasks().createTaskQuery().processInstanceBusinessKey(projectId).list().stream()
        .map(Task::getTaskDefinitionKey).distinct().sorted().toList();
  }

  /** The one open task with this key; fails when there is none or more. */
  Task task(String key) {
    List<Task> found = tasks(key);
    assertThat(found).as("open tasks '" + key + "' (open now: " + openTaskKeys() + ")").hasSize(1);
    return found.get(0);
  }

  /** Candidate groups of a task. */
  List<String> groups(Task task) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : tasks().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  /** The candidate groups of the one open task with this key. */
  List<String> groupsOf(String key) {
    return groups(task(key));
  }

  /** For an each-party task: the single candidate group of each open task, sorted. */
  List<String> eachPartyGroups(String key) {
    List<Task> open = tasks(key);
    assertThat(open).as("open tasks '" + key + "' (open now: " + openTaskKeys() + ")").isNotEmpty();
    List<String> groups = new ArrayList<>();
    for (Task t : open) {
      List<String> g = groups(t);
      assertThat(g).as("each-party task " + key + " has one group").hasSize(1);
      groups.add(g.get(0));
    }
    groups.sort(Comparator.naturalOrder());
    return groups;
  }

  void complete(String key, Map<String, Object> variables) {
    completer.complete(task(key), variables);
  }

  void complete(String key) {
    complete(key, Map.of());
  }

  /** Completes every open task with this key (an each-party task) with the same answers. */
  void completeAll(String key, Map<String, Object> variables) {
    List<Task> open = tasks(key);
    assertThat(open).as("open tasks '" + key + "' (open now: " + openTaskKeys() + ")").isNotEmpty();
    open.forEach(t -> completer.complete(t, variables));
  }

  /** The task with this key that belongs to one organisation. */
  Task taskOf(String key, String group) {
    return tasks(key).stream().filter(t -> groups(t).contains(group)).findFirst()
        .orElseThrow(() -> new AssertionError("no task " + key + " for " + group + "; open: " + openTaskKeys()));
  }

  /** Runs every job that is due now (no timers in the future), until none is left. */
  void runDueJobs() {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 1000; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
      }
    }
    throw new AssertionError("jobs keep coming");
  }

  /** Fires the timer waiting in the project at this activity (e.g. a deadline in the future). */
  void fireTimer(String activityId) {
    ManagementService management = engine.getManagementService();
    Job timer = management.createJobQuery().timers().activityId(activityId).list().stream()
        .filter(j -> projectId.equals(businessKeyOf(j.getProcessInstanceId()))).findFirst()
        .orElseThrow(() -> new AssertionError("no timer at " + activityId));
    management.executeJob(timer.getId());
    runDueJobs();
  }

  Job timer(String activityId) {
    return engine.getManagementService().createJobQuery().timers().activityId(activityId).list().stream()
        .filter(j -> projectId.equals(businessKeyOf(j.getProcessInstanceId()))).findFirst()
        .orElseThrow(() -> new AssertionError("no timer at " + activityId));
  }

  private String businessKeyOf(String processInstanceId) {
    ProcessInstance pi = runtime().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return pi == null ? null : pi.getBusinessKey();
  }

  Object variable(String name) {
    return runtime().getVariable(instance.getId(), name);
  }

  CollaborationForm form() {
    return json.read((String) variable(ProjectVariables.COLLABORATION_FORM));
  }

  boolean ended() {
    return runtime().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
  }
}
