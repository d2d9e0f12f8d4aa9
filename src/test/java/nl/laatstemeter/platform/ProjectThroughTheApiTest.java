package nl.laatstemeter.platform;

import static nl.laatstemeter.platform.BasicAuthHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.laatstemeter.TestSmtp;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisation;
import nl.laatstemeter.demo.DemoOrganisations;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12, "done when": a project driven only through the HTTP APIs by its parties' users (basic
 * auth): each party completes the tasks it finds at /engine-rest (its candidate group, the values
 * its form asks for, through the engine REST guard), two of ten owners decline, one refuses the
 * plan, one withdraws through POST …/withdrawal and one is not home at the first visit. The job
 * executor runs the jobs; when nobody has work left the engine clock moves to the next timer that
 * is due (trains' notices and dates). The project ends and no dwelling is left waiting.
 */
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class ProjectThroughTheApiTest extends H2FileApplicationTest {

  static final String PASSWORD = DemoData.PASSWORD;
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final Set<String> RECORDED_FORM_FIELDS = Set.of("coordinationMode", "coordinator", "initiator",
      "byPhasePreparation", "byPhaseTender", "byPhaseInspection", "byPhaseCommunication", "byPhaseExecution",
      "byPhaseAftercare", "structure", "heatCompanyScope", "installerTiming", "installerCount", "inspectionScope",
      "inspectionParties", "inspectionParty", "inspectionRounds", "inspectionCompanion", "tenderMethod", "tenderSplit",
      "communicationApproach", "communicationParty");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  final ObjectMapper mapper = new ObjectMapper();
  BasicAuthHttp http;
  String projectId;
  final Map<String, String> userOfGroup = new HashMap<>();
  final Map<String, Integer> completed = new TreeMap<>();
  final Set<String> noAccessGiven = new HashSet<>();
  final Set<String> withdrawn = new HashSet<>();
  LocalDate today = LocalDate.now(ZONE);

  /** The residents' mails go to a real SMTP server, so every message of the project ends. */
  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    TestSmtp.server();
    registry.add("spring.mail.host", () -> TestSmtp.HOST);
    registry.add("spring.mail.port", () -> TestSmtp.PORT);
    registry.add("laatstemeter.mail.digest-enabled", () -> false);
  }

  @BeforeEach
  void parties() {
    ProcessEngines.registerProcessEngine(engine);
    http = new BasicAuthHttp(port);
    for (DemoOrganisation o : DemoOrganisations.ALL) {
      userOfGroup.put(o.groupId(), o.user().id());
    }
  }

  @AfterEach
  void realTimeAgain() {
    ClockUtil.reset();
  }

  private ObjectNode body() throws IOException {
    ObjectNode body;
    try (InputStream in = new ClassPathResource("demo/demo-project.json").getInputStream()) {
      body = (ObjectNode) mapper.readTree(in);
    }
    body.put("name", "Via de API " + UUID.randomUUID().toString().substring(0, 6));
    ArrayNode dwellings = body.putArray("dwellings");
    for (int i = 1; i <= 10; i++) {
      String id = String.format("W%02d", i);
      dwellings.addObject().put("id", id).put("address", "Apiweg " + i).put("postcode", "1234 AB")
          .put("houseNumber", String.valueOf(i)).put("ownership", i % 3 == 0 ? "CORPORATE" : "PRIVATE")
          .put("type", "TERRACED").putObject("resident").put("name", "Bewoner " + id)
          .put("email", id.toLowerCase() + "@example.nl");
    }
    return body;
  }

  @Test
  void aProjectDrivenThroughTheApiByItsPartiesEndsWithNoDwellingLeftWaiting() throws IOException {
    String heat = userOfGroup.get("warmtebedrijf-demo");
    HttpResponse<String> created = http.post("/api/projects", heat, PASSWORD, body().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    projectId = json(created).get("id").asText();
    String projectInstance = json(created).get("processInstanceId").asText();

    for (int step = 0; step < 400 && !ended(projectInstance); step++) {
      int done = 0;
      for (Map.Entry<String, String> party : userOfGroup.entrySet()) {
        done += workAs(party.getKey(), party.getValue());
      }
      if (done == 0) {
        quiet();
        if (workWaiting() == 0 && !ended(projectInstance)) {
          nextTimerIsDue();
        }
      } else {
        quiet();
      }
    }
    assertThat(ended(projectInstance)).as("project ended; tasks completed " + completed).isTrue();

    JsonNode project = json(http.get("/api/projects/" + projectId, heat, PASSWORD));
    JsonNode dwellings = project.get("dwellings");
    Map<String, Long> byReason = new TreeMap<>();
    dwellings.get("notConnectedByReason").fields().forEachRemaining(e -> {
      if (e.getValue().asLong() > 0) {
        byReason.put(e.getKey(), e.getValue().asLong());
      }
    });
    assertThat(byReason).isEqualTo(Map.of("DECLINED", 2L, "PLAN_REFUSED", 1L, "WITHDRAWN", 1L));
    Map<String, Long> byStage = new TreeMap<>();
    dwellings.get("perStage").fields().forEachRemaining(e -> {
      if (e.getValue().asLong() > 0) {
        byStage.put(e.getKey(), e.getValue().asLong());
      }
    });
    assertThat(byStage).as("no dwelling left waiting").isEqualTo(Map.of("CLOSED", 6L, "NOT_CONNECTED", 4L));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKeyLike(projectId + "%").count()).as("nothing of the project runs").isZero();
    assertThat(noAccessGiven).containsExactly("W05");
    System.out.printf("PROJECT THROUGH THE API %s: tasks completed %s, not connected %s%n", projectId, completed, byReason);
  }

  // ---- a party at work

  /** Completes every task of the project this organisation's user finds; returns how many. */
  private int workAs(String group, String user) {
    HttpResponse<String> list = http.get("/engine-rest/task?candidateGroup=" + group + "&processInstanceBusinessKeyLike=" + projectId + "%25",
        user, PASSWORD);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    int done = 0;
    for (JsonNode task : json(list)) {
      String id = task.get("id").asText();
      String key = task.get("taskDefinitionKey").asText();
      List<String> groups = new ArrayList<>();
      for (JsonNode link : json(http.get("/engine-rest/task/" + id + "/identity-links?type=candidate", user, PASSWORD))) {
        groups.add(link.path("groupId").asText());
      }
      assertThat(groups).as("candidate groups of " + key + " seen by " + user).contains(group);
      String dwelling = dwellingOf(task);
      Map<String, Object> answers = answers(key, id, dwelling, user);
      if (answers == null) {
        continue;
      }
      ObjectNode variables = mapper.createObjectNode();
      answers.forEach((name, value) -> variables.putObject(name).set("value", mapper.valueToTree(value)));
      ObjectNode complete = mapper.createObjectNode();
      complete.set("variables", variables);
      // as in Tasklist: the party's user claims the task, then completes it
      HttpResponse<String> claim = http.post("/engine-rest/task/" + id + "/claim", user, PASSWORD,
          mapper.createObjectNode().put("userId", user).toString());
      assertThat(claim.statusCode()).as(key + " claimed by " + user + ": " + claim.body()).isEqualTo(204);
      HttpResponse<String> answer = http.post("/engine-rest/task/" + id + "/complete", user, PASSWORD, complete.toString());
      assertThat(answer.statusCode()).as(key + " by " + user + " with " + answers + ": " + answer.body()).isEqualTo(204);
      completed.merge(key, 1, Integer::sum);
      done++;
    }
    return done;
  }

  private String dwellingOf(JsonNode task) {
    String instance = task.get("processInstanceId").asText();
    String businessKey = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getBusinessKey();
    return businessKey.contains(":") ? businessKey.substring(businessKey.indexOf(':') + 1) : null;
  }

  /** What the party fills in; null when it leaves the task for now. */
  private Map<String, Object> answers(String key, String taskId, String dwelling, String user) {
    String day = today.toString();
    Map<String, Object> a = new LinkedHashMap<>();
    switch (key) {
      case "draftDeclarationOfIntent" -> a.put("declarationOfIntent", "Samen sluiten wij de wijk aan op het warmtenet.");
      case "signDeclarationOfIntent", "signCollaborationAgreement" -> {
        a.put("signatoryName", "A. de Vries");
        a.put("signatoryFunction", "directeur");
      }
      case "recordCollaborationForm" -> {
        JsonNode shown = json(http.get("/engine-rest/task/" + taskId + "/form-variables", user, PASSWORD));
        shown.fields().forEachRemaining(e -> {
          // as Tasklist: the fields the form shows; those not applicable to the recorded form are empty and hidden
          JsonNode value = e.getValue().path("value");
          if (RECORDED_FORM_FIELDS.contains(e.getKey()) && !value.isNull() && !(value.isTextual() && value.asText().isEmpty())) {
            a.put(e.getKey(), mapper.convertValue(e.getValue().get("value"), Object.class));
          }
        });
      }
      case "selectFromFramework" -> a.putAll(Map.of("frameworkAgreement", "RO-2025-01", "tenderOutcome", "SELECTED",
          "awardedInstaller", "installateur-demo", "awardRationale", "beschikbaar en ervaren"));
      case "confirmAssignment" -> a.putAll(Map.of("assignmentAnswer", "ACCEPT", "contactPerson", "I. Bakker"));
      case "informUtilities" -> a.putAll(Map.of("gridOperatorInformedOn", day, "waterCompanyInformedOn", day));
      case "designConnectionMethods" -> a.put("connectionMethodLines", "Via de kruipruimte\nVia de gevel");
      case "reviewConnectionMethods" -> a.put("reviewVerdict", "AGREE");
      case "residentInformationMeeting" -> a.putAll(Map.of("meetingDate", day, "attendees", 25));
      case "setUpSoundingBoard" -> a.putAll(Map.of("soundingBoardMembers", 5, "firstMeetingDate", day));
      case "planTrains" -> a.putAll(Map.of("firstDate", workingDayFrom(today.plusDays(28)).toString(), "trainSize", 3,
          "bufferPercentage", 20));
      case "handOverToOperations" -> a.putAll(Map.of("handOverDate", day, "operatorContact", "W. Verhoeven"));
      case "evaluateCollaboration" -> a.putAll(Map.of("collaborationScore", 7, "wentWell", "korte lijnen",
          "toImprove", "eerder beginnen met de bewoners"));
      case "recordParticipationDecision" -> {
        if ("W02".equals(dwelling) || "W07".equals(dwelling)) {
          a.put("participationDecision", "DECLINE");
          a.put("declineReason", "Kookt liever op gas.");
        } else {
          a.put("participationDecision", "JOIN");
          a.put("questionsOrResistance", false);
        }
      }
      case "inspectDwelling" -> {
        if ("W09".equals(dwelling) && withdrawn.add(dwelling)) {
          HttpResponse<String> withdrawal = http.post("/api/projects/" + projectId + "/dwellings/W09/withdrawal",
              userOfGroup.get("cooperatie-demo"), PASSWORD, "{\"reason\": \"Verhuist naar het buitenland.\"}");
          assertThat(withdrawal.statusCode()).as(withdrawal.body()).isBetween(200, 204);
          return null;
        }
        if ("W05".equals(dwelling) && noAccessGiven.add(dwelling)) {
          a.put("visitOutcome", "NO_ACCESS");
        } else {
          a.putAll(Map.of("visitOutcome", "DONE", "visitDate", day, "dwellingType", "TERRACED",
              "deliverySetLocation", "meterkast", "connectionMethod", "Via de gevel", "estimatedCost", 4200.0));
        }
      }
      case "makeNewAppointment" -> a.put("appointmentDate", today.plusDays(2).toString());
      case "drawUpConnectionPlan" -> a.putAll(Map.of("connectionMethod", "Via de gevel", "connectionPlan",
          "Tracé via de voortuin.", "planCost", 3000.0, "ownerCost", 0.0));
      case "ownerAgreement" -> {
        if ("W04".equals(dwelling)) {
          a.put("ownerDecision", "REFUSE");
          a.put("ownerRefusalReason", "Te veel breekwerk in de gang.");
        } else {
          a.put("ownerDecision", "AGREE");
        }
      }
      case "connectToFacade" -> a.put("facadeConnectedDate", day);
      case "installDeliverySet" -> a.putAll(Map.of("visitOutcome", "DONE", "deliverySetInstalledDate", day,
          "deliverySetSerialNumber", "AS-" + dwelling));
      case "adaptIndoorInstallation" -> a.putAll(Map.of("visitOutcome", "DONE", "indoorAdaptedDate", day));
      case "commissionConnection" -> a.putAll(Map.of("visitOutcome", "DONE", "commissionedDate", day));
      case "transferDeliverySet" -> a.put("deliverySetTransferredDate", day);
      case "aftercareContact" -> a.putAll(Map.of("aftercareDate", day, "residentSatisfaction", "SATISFIED"));
      case "informResidentOffline" -> a.putAll(Map.of("offlineChannel", "PHONE", "offlineInformedDate", day));
      default -> throw new AssertionError("no answers for task " + key);
    }
    return a;
  }

  // ---- jobs and time

  private Set<String> projectInstances() {
    Set<String> ids = new HashSet<>();
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(projectId + "%").list()
        .forEach(pi -> ids.add(pi.getId()));
    engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("projectId", projectId).list()
        .forEach(pi -> ids.add(pi.getId()));
    return ids;
  }

  /** Waits until the job executor has run every job of the project that is due. */
  private void quiet() {
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
      Set<String> ours = projectInstances();
      return engine.getManagementService().createJobQuery().executable().list().stream()
          .noneMatch(j -> ours.contains(j.getProcessInstanceId()));
    });
  }

  private long workWaiting() {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(projectId + "%").count();
  }

  /** Nobody has work: the engine clock moves to the next timer of the project (not a re-check) and the executor runs it. */
  private void nextTimerIsDue() {
    Set<String> ours = projectInstances();
    Job next = engine.getManagementService().createJobQuery().timers().orderByJobDuedate().asc().list().stream()
        .filter(j -> ours.contains(j.getProcessInstanceId()))
        .filter(j -> !activityOf(j).toLowerCase().contains("recheck"))
        .findFirst().orElseThrow(() -> new AssertionError("no work and no timer: the project is stuck; tasks completed "
            + completed));
    Date due = new Date(next.getDuedate().getTime() + 60_000);
    ClockUtil.setCurrentTime(due);
    today = due.toInstant().atZone(ZONE).toLocalDate();
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
    quiet();
  }

  private static LocalDate workingDayFrom(LocalDate day) {
    LocalDate d = day;
    while (!DutchCalendar.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private String activityOf(Job job) {
    if (job.getJobDefinitionId() == null) {
      return "";
    }
    return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
        .singleResult().getActivityId();
  }

  private boolean ended(String processInstanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
  }
}
