package nl.laatstemeter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.laatstemeter.TestSmtp;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.identity.IdentitySetup;
import nl.laatstemeter.platform.TestApplications;
import nl.laatstemeter.routing.Responsibility;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Demo data of the default profile (organisations, users, two demo projects: one at its start,
 * one walked through to work for every organisation): complete after the first start, unchanged
 * by every later run.
 */
class DemoDataTest {

  static final String AT_START = "Demoproject Warmtewijk Zuid";
  static final String UNDER_WAY = "Demoproject Warmtewijk Noord";

  /** The demo organisations' users that have dwelling work under the second project's form. */
  static final List<DemoOrganisation> WITH_DWELLING_WORK = List.of(DemoOrganisations.HEAT_COMPANY,
      DemoOrganisations.MUNICIPALITY, DemoOrganisations.HOUSING_ASSOCIATION, DemoOrganisations.INSTALLER,
      DemoOrganisations.INDOOR_INSTALLER, DemoOrganisations.HEAT_COOPERATIVE);

  @Test
  void secondStartChangesNothing() throws IOException {
    Map<String, Object> properties = Map.of(
        "spring.datasource.url", "jdbc:h2:file:./target/h2-it/demo-" + UUID.randomUUID() + ";DB_CLOSE_ON_EXIT=FALSE",
        "camunda.bpm.job-execution.enabled", false,
        // resident mails of the walked project go to a real SMTP server; the party digest stays off
        "spring.mail.host", TestSmtp.HOST,
        "spring.mail.port", TestSmtp.PORT,
        "laatstemeter.mail.digest-enabled", false);
    TestSmtp.server();
    // execution of a planned day starts at 07:00; the engine's clock at 06:00 shows that the walkthrough starts
    // today's work early, so every organisation finds its tasks whatever the hour of the first start
    ClockUtil.setCurrentTime(Date.from(LocalDate.now(BusinessTime.ZONE).atTime(6, 0).atZone(BusinessTime.ZONE).toInstant()));
    Identity afterFirstStart;
    Set<String> instancesAfterFirstStart;
    Set<String> tasksAfterFirstStart;
    try {
      try (ConfigurableApplicationContext app = TestApplications.start(properties, new String[0])) {
        afterFirstStart = Identity.of(app);
        instancesAfterFirstStart = instances(app);
        tasksAfterFirstStart = openTasks(app);
        assertDemoOrganisationsAndUsers(app.getBean(IdentityService.class));
        assertDemoProjectAtItsStart(app);
        assertEveryOrganisationFindsItsDwellingTasks(app);
        assertTasksWereCompletedByTheirParties(app);
      }

      try (ConfigurableApplicationContext app = TestApplications.start(properties, new String[0])) {
        assertThat(Identity.of(app)).isEqualTo(afterFirstStart);
        assertThat(instances(app)).isEqualTo(instancesAfterFirstStart);

        app.getBean(IdentitySetup.class).onApplicationReady();
        app.getBean(DemoProjects.class).ensure();
        assertThat(Identity.of(app)).isEqualTo(afterFirstStart);
        assertThat(instances(app)).isEqualTo(instancesAfterFirstStart);
        assertThat(openTasks(app)).isEqualTo(tasksAfterFirstStart);
        assertDemoProjectAtItsStart(app);
      }
    } finally {
      ClockUtil.reset();
    }
  }

  private static void assertDemoProjectAtItsStart(ConfigurableApplicationContext app) {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject").list()).hasSize(2);
    String projectId = projectId(app, AT_START);
    assertThat(app.getBean(DwellingRegister.class).count(projectId)).isEqualTo(12);
    assertThat(app.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(projectId)
        .taskCandidateGroup(DemoOrganisations.HEAT_COMPANY.groupId()).taskDefinitionKey("draftDeclarationOfIntent")
        .count()).isEqualTo(1);
  }

  /**
   * Each demo user finds open dwelling tasks of the walked project as a candidate, and exactly the
   * kinds that routing gives its organisation among the open ones; the organisations that the
   * chosen form was picked for have their characteristic work.
   */
  private static void assertEveryOrganisationFindsItsDwellingTasks(ConfigurableApplicationContext app) {
    String projectId = projectId(app, UNDER_WAY);
    TaskService tasks = app.getBean(TaskService.class);
    RuntimeService runtime = app.getBean(RuntimeService.class);
    DwellingRegister register = app.getBean(DwellingRegister.class);
    assertThat(register.count(projectId)).isEqualTo(18);
    String project = runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .processInstanceBusinessKey(projectId).singleResult().getId();
    CollaborationForm form = app.getBean(FormJson.class).read((String) runtime.getVariable(project, ProjectVariables.COLLABORATION_FORM));
    RoutingService routing = app.getBean(RoutingService.class);
    // the project is past its preparation and train planning: it waits for its dwellings
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(projectId).count()).isZero();
    assertThat(app.getBean(HistoryService.class).createHistoricTaskInstanceQuery().processInstanceBusinessKey(projectId)
        .taskDefinitionKey("planTrains").finished().count()).isEqualTo(1);

    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyLike(projectId + ":%").list();
    Map<String, Set<String>> routed = new TreeMap<>();
    for (Task task : open) {
      String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult().getBusinessKey();
      Ownership ownership = register.find(projectId, businessKey.substring(businessKey.lastIndexOf(':') + 1))
          .orElseThrow().ownership();
      routing.route(form, task.getTaskDefinitionKey(), ownership).groups()
          .forEach(g -> routed.computeIfAbsent(g, x -> new TreeSet<>()).add(task.getTaskDefinitionKey()));
    }
    Map<String, Set<String>> found = new TreeMap<>();
    for (DemoOrganisation organisation : WITH_DWELLING_WORK) {
      Set<String> keys = new TreeSet<>();
      tasks.createTaskQuery().processInstanceBusinessKeyLike(projectId + ":%")
          .taskCandidateUser(organisation.user().id()).list().forEach(t -> keys.add(t.getTaskDefinitionKey()));
      assertThat(keys).as("dwelling tasks of %s", organisation.user().id()).isNotEmpty()
          .isEqualTo(routed.get(organisation.groupId()));
      found.put(organisation.groupId(), keys);
    }
    assertThat(found.get(DemoOrganisations.HEAT_COMPANY.groupId())).contains("connectToFacade", "inspectDwelling",
        "transferDeliverySet");
    assertThat(found.get(DemoOrganisations.INSTALLER.groupId())).contains("installDeliverySet", "drawUpConnectionPlan",
        "inspectDwelling");
    assertThat(found.get(DemoOrganisations.INDOOR_INSTALLER.groupId())).contains("adaptIndoorInstallation");
    assertThat(found.get(DemoOrganisations.MUNICIPALITY.groupId())).contains("inspectDwelling");
    assertThat(found.get(DemoOrganisations.HOUSING_ASSOCIATION.groupId())).contains("recordParticipationDecision",
        "ownerAgreement", "inspectDwelling");
    assertThat(found.get(DemoOrganisations.HEAT_COOPERATIVE.groupId())).contains("recordParticipationDecision",
        "kitchenTableTalk", "ownerAgreement", "informResidentOffline", "handleResidentReport");
    assertThat(app.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(projectId + ":N15").singleResult().getEndActivityId()).isEqualTo("dwellingDeclined");
    // deviations (DOMAIN.md section 9): a refused plan and a withdrawal end the dwelling with their reason,
    // a visit without access waits for a new appointment by the contact point
    assertThat(notConnectedReason(app, projectId + ":N16")).isEqualTo("PLAN_REFUSED");
    assertThat(notConnectedReason(app, projectId + ":N18")).isEqualTo("WITHDRAWN");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(projectId + ":N17").taskDefinitionKey("makeNewAppointment")
        .taskCandidateGroup(DemoOrganisations.HEAT_COOPERATIVE.groupId()).count()).isEqualTo(1);
  }

  private static Object notConnectedReason(ConfigurableApplicationContext app, String businessKey) {
    HistoryService history = app.getBean(HistoryService.class);
    var dwelling = history.createHistoricProcessInstanceQuery().processDefinitionKey("dwellingConnection")
        .processInstanceBusinessKey(businessKey).singleResult();
    assertThat(dwelling.getEndTime()).as(businessKey + " ended").isNotNull();
    return history.createHistoricVariableInstanceQuery().processInstanceId(dwelling.getId())
        .variableName("notConnectedReason").singleResult().getValue();
  }

  /** Every task the walkthrough completed was claimed and completed by a user of one of its candidate groups. */
  private static void assertTasksWereCompletedByTheirParties(ConfigurableApplicationContext app) {
    String projectId = projectId(app, UNDER_WAY);
    HistoryService history = app.getBean(HistoryService.class);
    IdentityService identity = app.getBean(IdentityService.class);
    List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKeyLike(projectId + "%").finished().list();
    assertThat(done).hasSizeGreaterThan(50);
    // the history level (audit) keeps no candidate-group history: the groups come from the routing of the
    // project's form, for the dwelling's ownership
    RuntimeService runtime = app.getBean(RuntimeService.class);
    String project = runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .processInstanceBusinessKey(projectId).singleResult().getId();
    CollaborationForm form = app.getBean(FormJson.class).read((String) runtime.getVariable(project, ProjectVariables.COLLABORATION_FORM));
    RoutingService routing = app.getBean(RoutingService.class);
    for (HistoricTaskInstance task : done) {
      if (!"completed".equals(task.getDeleteReason())) {
        continue; // ended with its dwelling (the withdrawal of N18), completed by nobody
      }
      HistoricVariableInstance ownership = history.createHistoricVariableInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).variableName("ownership").singleResult();
      Responsibility route = routing.route(form, task.getTaskDefinitionKey(),
          ownership == null ? null : Ownership.valueOf((String) ownership.getValue()));
      assertThat(route).as("routing of %s", task.getTaskDefinitionKey()).isNotNull();
      List<String> candidates = route.groups();
      assertThat(task.getAssignee()).as("who completed %s", task.getTaskDefinitionKey()).isNotNull();
      assertThat(identity.createGroupQuery().groupMember(task.getAssignee()).list()).extracting(Group::getId)
          .as("%s completed %s of %s", task.getAssignee(), task.getTaskDefinitionKey(), candidates)
          .containsAnyElementsOf(candidates);
    }
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(projectId)
        .taskDefinitionKey("draftDeclarationOfIntent").singleResult().getAssignee())
        .isEqualTo(DemoOrganisations.HEAT_COMPANY.user().id());
  }

  private static String projectId(ConfigurableApplicationContext app, String name) {
    return app.getBean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .variableValueEquals("projectName", name).singleResult().getBusinessKey();
  }

  /** Every process instance ever started, with its business key. */
  private static Set<String> instances(ConfigurableApplicationContext app) {
    Set<String> all = new TreeSet<>();
    app.getBean(HistoryService.class).createHistoricProcessInstanceQuery().list()
        .forEach(p -> all.add(p.getProcessDefinitionKey() + " " + p.getBusinessKey() + " " + p.getId()));
    return all;
  }

  private static Set<String> openTasks(ConfigurableApplicationContext app) {
    Set<String> all = new TreeSet<>();
    app.getBean(TaskService.class).createTaskQuery().list().forEach(t -> all.add(t.getTaskDefinitionKey() + " " + t.getId()));
    return all;
  }

  private static void assertDemoOrganisationsAndUsers(IdentityService identity) {
    for (DemoOrganisation organisation : DemoOrganisations.ALL) {
      Group group = identity.createGroupQuery().groupId(organisation.groupId()).singleResult();
      assertThat(group.getName()).isEqualTo(organisation.name());
      assertThat(group.getType()).isEqualTo(IdentitySetup.ORGANISATION_GROUP_TYPE);
      DemoUser person = organisation.user();
      User user = identity.createUserQuery().userId(person.id()).memberOfGroup(organisation.groupId()).singleResult();
      assertThat(user.getEmail()).isEqualTo(person.email()).endsWith("@example.nl");
      assertThat(identity.checkPassword(person.id(), DemoData.PASSWORD)).isTrue();
    }
    assertThat(DemoOrganisations.parties()).hasSize(5);
    assertThat(identity.createUserQuery().memberOfGroup(IdentitySetup.MANAGEMENT).list())
        .extracting(User::getId).containsExactlyInAnyOrder(DemoOrganisations.MANAGER.id(), "demo");
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
        .extracting(User::getId).containsExactly("demo");
    assertThat(identity.checkPassword("demo", "demo")).isTrue();
  }

  /** Everything the identity setup and the demo data write, comparable between starts. */
  record Identity(Set<String> users, Set<String> groups, Set<String> memberships, Set<String> filters,
      Set<String> authorizations) {

    static Identity of(ConfigurableApplicationContext app) {
      IdentityService identity = app.getBean(IdentityService.class);
      Set<String> users = new TreeSet<>();
      identity.createUserQuery().list().forEach(u -> users.add(u.getId() + " " + u.getFirstName() + " "
          + u.getLastName() + " " + u.getEmail()));
      Set<String> groups = new TreeSet<>();
      Set<String> memberships = new TreeSet<>();
      for (Group group : identity.createGroupQuery().list()) {
        groups.add(group.getId() + " " + group.getName() + " " + group.getType());
        identity.createUserQuery().memberOfGroup(group.getId()).list()
            .forEach(u -> memberships.add(u.getId() + " in " + group.getId()));
      }
      Set<String> filters = new TreeSet<>();
      app.getBean(FilterService.class).createFilterQuery().list().forEach(f -> filters.add(f.getId() + " "
          + f.getName() + " " + f.getOwner() + " " + f.getProperties()));
      Set<String> authorizations = new TreeSet<>();
      app.getBean(AuthorizationService.class).createAuthorizationQuery().list().forEach(a -> authorizations.add(
          a.getId() + " " + a.getAuthorizationType() + " " + a.getUserId() + " " + a.getGroupId() + " "
              + a.getResourceType() + " " + a.getResourceId() + " " + perms(a)));
      return new Identity(users, groups, memberships, filters, authorizations);
    }

    /** The granted permissions, by name (public API: the authorization's resource decides which exist). */
    private static String perms(Authorization a) {
      Permission[] all = Permissions.values();
      return Arrays.stream(a.getPermissions(all)).map(Permission::getName).sorted().toList().toString();
    }
  }
}
