package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.demo.DemoUser;
import nl.laatstemeter.identity.IdentitySetup;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenario 3: a manager follows the projects in Cockpit, and sees a real failure there as an
 * incident with its message: the receipt of a resident's report is mailed to the resident, and the
 * SMTP server of this context is a closed port. The mail runs beside the dwelling in its own
 * {@code residentMessage} instance ("Bewoner informeren", same business key): the incident is
 * there, and the dwelling goes on without one.
 */
class CockpitMonitoringTest extends BrowserAcceptanceTest {

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;

  @Test
  void managerSeesTheRunningProjectAndDwellingsAndTheIncidentOfAFailedResidentMail() {
    ProjectSetup project = ProjectSetup.create(engine, port, "Monitoring Mozartlaan", "Mozartlaan")
        .untilInspections();
    String dwellingKey = project.dwellingKey(ProjectSetup.FIRST_DWELLING);
    ProcessInstance dwelling = runtime.createProcessInstanceQuery().processDefinitionKey("dwellingConnection")
        .processInstanceBusinessKey(dwellingKey).singleResult();

    String manager = DemoOrganisations.MANAGER.id();
    Cockpit cockpit = new Cockpit(browsers.open(manager)).logIn(manager, DemoData.PASSWORD);
    cockpit.browser().screenshot("dashboard");
    cockpit.showProcesses();
    Cockpit.ProcessRow projectRow = cockpit.process("connectionProject");
    Cockpit.ProcessRow dwellingRow = cockpit.process("dwellingConnection");
    cockpit.browser().screenshot("processen-lopend");
    assertThat(projectRow.name()).isEqualTo("Aansluitproject");
    assertThat(projectRow.runningInstances()).isEqualTo(running("connectionProject")).isPositive();
    assertThat(dwellingRow.name()).isEqualTo("Woning aansluiten");
    assertThat(dwellingRow.runningInstances()).isEqualTo(running("dwellingConnection")).isGreaterThanOrEqualTo(2);
    int dwellingIncidentsBefore = dwellingRow.incidents();
    int messageIncidentsBefore = cockpit.process("residentMessage").incidents();

    // the cooperative passes on a resident's report; the receipt mail cannot reach the SMTP server
    ObjectNode report = JsonNodeFactory.instance.objectNode()
        .put("text", "Er komt geen warm water meer uit de kraan in de keuken.");
    HttpResponse<String> reported = new ApiClient(port, DemoOrganisations.HEAT_COOPERATIVE.user().id(),
        DemoData.PASSWORD).post("/api/projects/" + project.projectId + "/dwellings/" + ProjectSetup.FIRST_DWELLING
        + "/reports", report);
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(202);
    Incident incident = failUntilIncident(dwellingKey);
    assertThat(incident.getIncidentMessage()).contains("kon niet worden verzonden");

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId())
        .processDefinitionKey("residentMessage").count()).as("the incident is on the resident message").isOne();
    assertThat(runtime.createIncidentQuery().processInstanceId(dwelling.getId()).count())
        .as("the dwelling does not wait for the mail").isZero();
    assertThat(runtime.getActiveActivityIds(dwelling.getId())).contains("handleResidentReport");

    cockpit.showProcesses();
    Cockpit.ProcessRow messagesAfterFailure = cockpit.process("residentMessage");
    Cockpit.ProcessRow dwellingsAfterFailure = cockpit.process("dwellingConnection");
    cockpit.browser().screenshot("processen-met-incident");
    assertThat(messagesAfterFailure.name()).isEqualTo("Bewoner informeren");
    assertThat(messagesAfterFailure.incidents()).isGreaterThan(messageIncidentsBefore);
    assertThat(dwellingsAfterFailure.incidents()).isEqualTo(dwellingIncidentsBefore);

    List<String> messages = cockpit.incidentsOf(incident.getProcessInstanceId());
    assertThat(cockpit.shownBusinessKey()).isEqualTo(dwellingKey);
    cockpit.browser().screenshot("bericht-incident");
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("kon niet worden verzonden")
        .contains(ProjectSetup.FIRST_DWELLING).contains(project.projectId));
    // in Dutch time and format (app/shared/amsterdam-time.js: Cockpit shows config.js's dd-mm-jjjj HH:mm)
    assertThat(cockpit.incidentTimes()).anySatisfy(t -> assertThat(t).isEqualTo(
        DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .format(incident.getIncidentTimestamp().toInstant().atZone(ZoneId.of(Browser.TIME_ZONE)))));

    String stacktrace = cockpit.openIncident("kon niet worden verzonden");
    cockpit.browser().screenshot("incident-melding-volledig");
    assertThat(stacktrace).contains(incident.getIncidentMessage());
  }

  @Test
  void managerSeesOrganisationsAndAssigneesByNameAndADashForEmptyValues() {
    ProjectSetup project = ProjectSetup.create(engine, port, "Namen Rivierenbuurt", "Maasstraat");
    Task declaration = project.tasks(project.projectId, "draftDeclarationOfIntent").get(0);
    DemoUser heatUser = DemoOrganisations.HEAT_COMPANY.user();
    tasks.claim(declaration.getId(), heatUser.id());
    String heatUserName = heatUser.firstName() + " " + heatUser.lastName();

    String manager = DemoOrganisations.MANAGER.id();
    Cockpit cockpit = new Cockpit(browsers.open(manager)).logIn(manager, DemoData.PASSWORD);

    // "Toewijzingen per groep": the organisations by name (Cockpit reads the groups itself)
    List<String> perGroup = cockpit.tasksPerGroup(DemoOrganisations.HEAT_COMPANY.name());
    cockpit.browser().screenshot("toewijzingen-per-groep");
    assertThat(perGroup).anySatisfy(row -> assertThat(row).endsWith(" " + DemoOrganisations.HEAT_COMPANY.name()));
    assertThat(String.join("\n", perGroup)).as("no group ids")
        .doesNotContain(DemoOrganisations.HEAT_COMPANY.groupId(), DemoOrganisations.MUNICIPALITY.groupId());

    // the user tasks tab: the assignee by name
    List<Cockpit.UserTaskRow> rows = cockpit.userTasksOnceAssigned(declaration.getProcessInstanceId(),
        declaration.getName(), heatUserName);
    cockpit.browser().screenshot("toegewezen-aan-naam");
    assertThat(rows).noneSatisfy(row -> assertThat(row.assignee()).isEqualTo(heatUser.id()));
    assertThat(tasks.createTaskQuery().taskId(declaration.getId()).singleResult().getAssignee())
        .as("only the text shown changed").isEqualTo(heatUser.id());

    // the dialog listing the task's groups: the organisations by name; the engine keeps the group ids
    List<String> candidateGroups = tasks.getIdentityLinksForTask(declaration.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    assertThat(candidateGroups).contains(DemoOrganisations.HEAT_COMPANY.groupId());
    List<String> groupNames = candidateGroups.stream()
        .map(id -> identity.createGroupQuery().groupId(id).singleResult().getName()).toList();
    List<String> groupsShown = cockpit.groupsOfTask(declaration.getName(), DemoOrganisations.HEAT_COMPANY.name());
    cockpit.browser().screenshot("groepen-van-taak-namen");
    assertThat(groupsShown).containsExactlyInAnyOrderElementsOf(groupNames)
        .doesNotContainAnyElementsOf(candidateGroups);
    cockpit.browser().reload();

    // the information panel: no tenant, no parent instance, shown as a dash instead of "null"
    List<String> empty = cockpit.emptyValuesShown();
    cockpit.browser().screenshot("lege-waarden-streepje");
    assertThat(empty).contains("Id van de tenant: —", "Id van de bovenliggende procesinstantie: —")
        .noneSatisfy(value -> assertThat(value).containsIgnoringCase("null"));

    // for the names the manager reads groups and users, and changes none of them
    List<String> managerGroups = List.of(IdentitySetup.MANAGEMENT);
    for (Resources resource : List.of(Resources.GROUP, Resources.USER)) {
      assertThat(authorizations.isUserAuthorized(manager, managerGroups, Permissions.READ, resource)).isTrue();
      for (Permission change : List.of(Permissions.CREATE, Permissions.UPDATE, Permissions.DELETE)) {
        assertThat(authorizations.isUserAuthorized(manager, managerGroups, change, resource))
            .as("%s on %s", change, resource).isFalse();
      }
    }
  }

  private int running(String key) {
    return (int) runtime.createProcessInstanceQuery().processDefinitionKey(key).count();
  }

  /**
   * Runs the jobs of the dwelling and the resident messages beside it (same business key) as the job
   * executor would, retries included, until one of them has become an incident.
   */
  private Incident failUntilIncident(String businessKey) {
    for (int attempt = 0; attempt < 20; attempt++) {
      List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
          .stream().map(ProcessInstance::getId).toList();
      List<Incident> incidents = instances.stream()
          .flatMap(id -> runtime.createIncidentQuery().processInstanceId(id).list().stream()).toList();
      if (!incidents.isEmpty()) {
        return incidents.stream().filter(i -> i.getId().equals(i.getRootCauseIncidentId())).findFirst()
            .orElse(incidents.get(0));
      }
      List<Job> jobs = instances.stream()
          .flatMap(id -> management.createJobQuery().processInstanceId(id).messages().withRetriesLeft().list().stream())
          .toList();
      if (jobs.isEmpty()) {
        break;
      }
      for (Job job : jobs) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException expected) {
          // a failing job: the engine has counted the attempt, as the job executor would
        }
      }
    }
    throw new AssertionError("No incident after the resident report of " + businessKey + ": the receipt mail to the"
        + " resident should be sent by an asynchronous job that fails against the closed SMTP port ("
        + CLOSED_SMTP_PORT + ") and, after its retries, becomes an incident. Jobs now: "
        + management.createJobQuery().messages().list().stream().map(j -> j.getProcessDefinitionKey()
            + " retries=" + j.getRetries() + " exception=" + j.getExceptionMessage()).toList());
  }
}
