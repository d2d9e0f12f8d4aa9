package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.net.http.HttpResponse;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Brings a demo project to the point where a browser scenario begins, the way its parties would
 * have got there: created with the product's API, then every earlier task
 * completed with plausible answers and the due jobs run. This is setup; what a scenario proves
 * happens in the browser.
 *
 * <p>The form: the report's recommended form with every demo organisation, except that the
 * installer comes {@code LATER} (called off from the framework once the dwellings are known) and
 * makes the combined inspection visit. After the inspection the connection plan therefore goes
 * to the heat company: a hand-over between two organisations.
 */
final class ProjectSetup {

  static final String HEAT = DemoOrganisations.HEAT_COMPANY.groupId();
  static final String MUNICIPALITY = DemoOrganisations.MUNICIPALITY.groupId();
  static final String HOUSING = DemoOrganisations.HOUSING_ASSOCIATION.groupId();
  static final String INSTALLER = DemoOrganisations.INSTALLER.groupId();
  static final String COOPERATIVE = DemoOrganisations.HEAT_COOPERATIVE.groupId();

  /** Two corporate terraced houses of the housing association, both residents with e-mail. */
  static final String FIRST_DWELLING = "w-1";
  static final String SECOND_DWELLING = "w-2";

  static final String POSTCODE = "3523 AB";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Object> SIGNATURE = Map.of("signatoryName", "A. de Vries",
      "signatoryFunction", "directeur");

  private final ProcessEngine engine;
  final String projectId;
  final String name;
  private final String street;

  private ProjectSetup(ProcessEngine engine, String projectId, String name, String street) {
    this.engine = engine;
    this.projectId = projectId;
    this.name = name;
    this.street = street;
  }

  /** The collaboration form of the scenario as the JSON of DOMAIN.md section 8 (no name, no dwellings). */
  static ObjectNode form() {
    return parse("""
        { "parties": {"HEAT_COMPANY": "%s", "MUNICIPALITY": "%s", "HOUSING_ASSOCIATION": "%s",
                      "INSTALLER": "%s", "HEAT_COOPERATIVE": "%s"},
          "buildingBlocks": {
            "coordination": {"mode": "CENTRAL", "coordinator": "HEAT_COMPANY"},
            "structure": "FORMAL_PROJECT_TEAM",
            "heatCompanyScope": "UP_TO_DELIVERY_SET",
            "installer": {"timing": "LATER", "count": "ONE"},
            "inspection": {"scope": "EVERY_DWELLING", "parties": "ONE", "party": "INSTALLER", "rounds": "ONCE"},
            "tender": {"method": "FRAMEWORK", "split": false},
            "communication": {"approach": "CENTRAL_ACTIVE", "party": "HEAT_COOPERATIVE"} },
          "context": {"heatCompanyType": "MUNICIPAL", "approach": "AREA", "signUpDeadline": "%s"} }
        """.formatted(HEAT, MUNICIPALITY, HOUSING, INSTALLER, COOPERATIVE, LocalDate.now().plusDays(14)));
  }

  /** The body of POST /api/projects: the form, a name and the two dwellings in this street. */
  static ObjectNode projectRequest(String name, String street) {
    ObjectNode body = form();
    body.put("name", name);
    body.set("dwellings", parse("""
        { "list": [
          {"id": "%s", "address": "%s", "postcode": "%s", "houseNumber": "12",
           "ownership": "CORPORATE", "type": "TERRACED",
           "resident": {"name": "Fatima el Amrani", "email": "fatima.elamrani@example.nl"}},
          {"id": "%s", "address": "%s", "postcode": "%s", "houseNumber": "14",
           "ownership": "CORPORATE", "type": "TERRACED",
           "resident": {"name": "Jan de Boer", "email": "jan.deboer@example.nl"}} ] }
        """.formatted(FIRST_DWELLING, street, POSTCODE, SECOND_DWELLING, street, POSTCODE)).get("list"));
    return body;
  }

  /**
   * Creates the project with its dwellings in {@code street} (so a person can tell the projects'
   * tasks apart) with POST /api/projects, as the heat company.
   */
  static ProjectSetup create(ProcessEngine engine, int port, String name, String street) {
    HttpResponse<String> created = new ApiClient(port, DemoOrganisations.HEAT_COMPANY.user().id(), DemoData.PASSWORD)
        .post("/api/projects", projectRequest(name, street));
    assertThat(created.statusCode()).as("setup: POST /api/projects answers %s", created.body()).isEqualTo(201);
    return new ProjectSetup(engine, ApiClient.json(created).get("id").asText(), name, street);
  }

  /** The address as the dwelling's forms show it, e.g. "Beethovenstraat 12, 3523 AB". */
  String address(String dwellingId) {
    return street + (FIRST_DWELLING.equals(dwellingId) ? " 12, " : " 14, ") + POSTCODE;
  }

  /**
   * Every task before the inspections: declaration of intent, form, agreement, utilities,
   * design, resident communication, the dwellings started and signed up, the installer called
   * off from the framework. Afterwards each participating dwelling waits at {@code inspectDwelling}.
   */
  ProjectSetup untilInspections() {
    complete(projectId, "draftDeclarationOfIntent",
        Map.of("declarationOfIntent", "Samen sluiten wij de Componistenbuurt aan op het warmtenet."));
    completeAll(projectId, "signDeclarationOfIntent", SIGNATURE);
    complete(projectId, "recordCollaborationForm", Map.of());
    completeAll(projectId, "signCollaborationAgreement", SIGNATURE);
    complete(projectId, "informUtilities", Map.of("gridOperatorInformedOn", LocalDate.now().toString(),
        "waterCompanyInformedOn", LocalDate.now().toString()));
    complete(projectId, "designConnectionMethods",
        Map.of("connectionMethodLines", "Via de kruipruimte\nVia de gevel"));
    completeAll(projectId, "residentInformationMeeting",
        Map.of("meetingDate", LocalDate.now().toString(), "attendees", 40));
    complete(projectId, "setUpSoundingBoard", Map.of("soundingBoardMembers", 6,
        "firstMeetingDate", LocalDate.now().plusDays(7).toString()));
    runDueJobs();
    for (String dwelling : List.of(FIRST_DWELLING, SECOND_DWELLING)) {
      complete(dwellingKey(dwelling), "recordParticipationDecision",
          Map.of("participationDecision", "JOIN", "questionsOrResistance", false));
    }
    // the installer is chosen LATER: its call-off waits for the sign-up deadline
    passSignUpDeadline();
    complete(projectId, "selectFromFramework", Map.of("frameworkAgreement", "RO-2025-01", "tenderOutcome", "SELECTED",
        "awardedInstaller", INSTALLER, "awardRationale", "beschikbaar en ervaren"));
    completeAll(projectId, "confirmAssignment", Map.of("assignmentAnswer", "ACCEPT", "contactPerson", "I. Bakker",
        "contactPhone", "06 12345678"));
    runDueJobs();
    assertThat(tasks(dwellingKey(FIRST_DWELLING), "inspectDwelling"))
        .as("setup: the first dwelling waits for its inspection (open: %s)", openTaskKeys()).hasSize(1);
    return this;
  }

  /** Business key of a dwelling instance. */
  String dwellingKey(String dwellingId) {
    return projectId + ":" + dwellingId;
  }

  List<Task> tasks(String businessKey, String taskKey) {
    return taskService().createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list();
  }

  /** The open tasks of the project and its dwellings, as {@code key@businessKey}. */
  List<String> openTaskKeys() {
    List<String> open = new ArrayList<>();
    taskService().createTaskQuery().processInstanceBusinessKeyLike(projectId + "%").list()
        .forEach(t -> open.add(t.getTaskDefinitionKey() + "@" + engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey()));
    return open;
  }

  /** The candidate groups of a task. */
  List<String> candidateGroups(Task task) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : taskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  private void complete(String businessKey, String taskKey, Map<String, Object> variables) {
    List<Task> open = tasks(businessKey, taskKey);
    assertThat(open).as("setup: one open task %s in %s (open: %s)", taskKey, businessKey, openTaskKeys()).hasSize(1);
    taskService().complete(open.get(0).getId(), variables);
  }

  private void completeAll(String businessKey, String taskKey, Map<String, Object> variables) {
    List<Task> open = tasks(businessKey, taskKey);
    assertThat(open).as("setup: open tasks %s in %s (open: %s)", taskKey, businessKey, openTaskKeys()).isNotEmpty();
    open.forEach(t -> taskService().complete(t.getId(), variables));
  }

  /** Runs every job that is due now (the job executor is off in these tests) until none is left. */
  /** Fires the project's sign-up deadline timer as if the deadline had passed. */
  void passSignUpDeadline() {
    ManagementService management = engine.getManagementService();
    String project = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .processInstanceBusinessKey(projectId).singleResult().getId();
    Job deadline = management.createJobQuery().processInstanceId(project).timers().activityId("signUpDeadlinePassed")
        .singleResult();
    assertThat(deadline).as("setup: the project waits for its sign-up deadline (open: %s)", openTaskKeys()).isNotNull();
    management.executeJob(deadline.getId());
    runDueJobs();
  }

  void runDueJobs() {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 200; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("setup: jobs keep coming");
  }

  private TaskService taskService() {
    return engine.getTaskService();
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
