package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static nl.laatstemeter.form.FormFixture.MUNI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.form.ValidationException;
import nl.laatstemeter.form.FormFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * DOMAIN.md section 9, stop: a coordinator of the project (or an admin) stops it at any phase; under
 * SHARED every party approves first and a rejection lets the project continue. Dwellings whose
 * execution has not started end, a contracted installer's assignment is ended, the parties in the
 * team evaluate, and nothing of the project is left running.
 */
class ProjectStopTest extends ProjectProcessTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Autowired ProjectStop stop;

  private static JsonNode reason(String text) {
    return MAPPER.createObjectNode().put("reason", text);
  }

  private static ObjectNode withDwellings(FormFixture form, int count) {
    ObjectNode body = (ObjectNode) form.json();
    body.put("name", "Stopproject");
    ArrayNode list = body.putArray("dwellings");
    for (int i = 0; i < count; i++) {
      ObjectNode d = list.addObject().put("id", "w" + i).put("address", "Stoplaan").put("postcode", "1234 AB")
          .put("houseNumber", String.valueOf(i + 1)).put("ownership", "PRIVATE").put("type", "TERRACED");
      d.putObject("resident").put("name", "Bewoner " + i).put("email", "bewoner" + i + "@example.nl");
    }
    return body;
  }

  /** Nothing of the project runs any more: no instance, job or event subscription under its business key. */
  private void nothingLeftRunning(ProjectDriver p) {
    var runtime = engine.getRuntimeService();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(p.projectId).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("dwellingConnection")
        .processInstanceBusinessKeyLike(p.projectId + ":%").count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(p.instance.getId()).count()).isZero();
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(p.instance.getId()).count()).isZero();
  }

  @Test
  void theCoordinatorStopsAProjectInItsPreparation() {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, FormFixture.recommended(), "Stop voorbereiding");
    ProjectStop.Requested answer = stop.request(p.projectId, reason("Subsidie ingetrokken."), "warmte", List.of(HEAT));
    assertThat(answer.status()).isEqualTo("STOPPED");
    p.runDueJobs();

    assertThat(p.instance).hasPassed("stopRequested", "stopDirect", "projectStopRaised", "signalProjectStopped")
        .hasNotPassed("signDeclarationOfIntent", "handOverToOperations", "endAssignment");
    assertThat(p.variable("stopReason")).isEqualTo("Subsidie ingetrokken.");
    assertThat(p.eachPartyGroups("evaluateCollaboration")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, COOP);
    ProjectSteps.evaluate(p);
    p.runDueJobs();
    assertThat(p.instance).isEnded().hasPassed("projectStopped");
    nothingLeftRunning(p);
  }

  @Test
  void aStopDuringTheTenderEndsTheTender() {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, FormFixture.recommended(), "Stop aanbesteding");
    ProjectSteps.declare(p);
    ProjectSteps.recordForm(p);
    assertThat(p.tasks("selectFromFramework")).hasSize(1);
    stop.request(p.projectId, reason("Warmtebron valt weg."), "warmte", List.of(HEAT));
    p.runDueJobs();
    assertThat(p.tasks("selectFromFramework")).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("installerTender")
        .processInstanceBusinessKey(p.projectId).count()).isZero();
    assertThat(p.openTaskKeys()).containsExactly("evaluateCollaboration");
  }

  @Test
  void aStopAfterTheDwellingsStartedEndsThemAndTheContractedInstallersAssignment() {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, withDwellings(FormFixture.recommended(), 3));
    ProjectSteps.agreeOnFrameworkInstaller(p, INSTALLER);
    ProjectSteps.untilDwellingsStarted(p);
    var runtime = engine.getRuntimeService();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(p.projectId + ":%")
        .processDefinitionKey("dwellingConnection").count()).isEqualTo(3);

    stop.request(p.projectId, reason("De gemeente trekt zich terug."), "warmte", List.of(HEAT));
    p.runDueJobs();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("dwellingConnection")
        .processInstanceBusinessKeyLike(p.projectId + ":%").count()).as("dwellings not in execution end").isZero();

    // no dwelling connected: no hand-over; the framework installer accepted its assignment: it is ended
    assertThat(p.instance).hasPassed("stoppedDwellingsReached").hasNotPassed("handOverToOperations");
    assertThat(p.groupsOf("endAssignment")).containsExactly(HEAT);
    assertThat((String) taskService.getVariable(p.task("endAssignment").getId(), "installersToRelease"))
        .contains(INSTALLER);
    assertThatThrownBy(() -> p.complete("endAssignment", Map.of("assignmentEndDate", "2026-03-02")))
        .hasMessageContaining("afwikkeling");
    ProjectSteps.endAssignment(p);
    // the installer was awarded: it evaluates with the other parties
    assertThat(p.eachPartyGroups("evaluateCollaboration")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    ProjectSteps.evaluate(p);
    p.runDueJobs();
    assertThat(p.instance).isEnded().hasPassed("endAssignment", "projectStopped");
    nothingLeftRunning(p);
  }

  @Test
  void underSharedCoordinationEveryPartyApprovesTheStopAndARejectionLetsTheProjectContinue() {
    FormFixture shared = FormFixture.recommended().with("buildingBlocks.coordination.mode", "SHARED")
        .with("buildingBlocks.coordination.coordinator", null).with("buildingBlocks.coordination.initiator", "MUNICIPALITY");
    ProjectDriver p = ProjectDriver.start(engine, projects, json, shared, "Stop gedeeld");
    assertThatThrownBy(() -> stop.request(p.projectId, reason("Te duur."), "warmte", List.of(HEAT)))
        .isInstanceOfSatisfying(ProjectRequestRefused.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));

    assertThat(stop.request(p.projectId, reason("Te duur."), "gemeente", List.of(MUNI)).status())
        .isEqualTo("APPROVAL_REQUESTED");
    // the installer is not in the team yet
    assertThat(p.eachPartyGroups("approveDecision")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, COOP);
    assertThat((String) taskService.getVariable(p.taskOf("approveDecision", COOP).getId(), "decisionSummary"))
        .startsWith("Project stoppen: Te duur.");
    assertThatThrownBy(() -> stop.request(p.projectId, reason("Nog eens."), "gemeente", List.of(MUNI)))
        .isInstanceOfSatisfying(ProjectRequestRefused.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    taskService.complete(p.taskOf("approveDecision", COOP).getId(), Map.of("approval", "REJECTED",
        "rejectionReason", "De wijk wil door."));

    assertThat(p.instance).isNotEnded().hasPassed("stopRejected").isWaitingAt("draftDeclarationOfIntent");
    assertThat(p.tasks("approveDecision")).isEmpty();
    assertThat(p.variable("stopReason")).isNull();
    assertThat(p.variable("projectStopped")).isNull();

    stop.request(p.projectId, reason("Toch te duur."), "gemeente", List.of(MUNI));
    p.completeAll("approveDecision", Map.of("approval", "APPROVED"));
    p.runDueJobs();
    assertThat(p.instance).hasPassed("stopApprovedEnd", "signalProjectStopped");
    assertThat(p.variable("stopReason")).isEqualTo("Toch te duur.");
    ProjectSteps.evaluate(p);
    p.runDueJobs();
    assertThat(p.instance).isEnded().hasPassed("projectStopped");
  }

  @Test
  void onlyACoordinatorOrAnAdminMayStopAndNotAnEndedProject() {
    FormFixture varying = FormFixture.recommended().with("buildingBlocks.coordination.mode", "VARYING")
        .with("buildingBlocks.coordination.coordinator", null)
        .with("buildingBlocks.coordination.byPhase.PREPARATION", "HEAT_COMPANY")
        .with("buildingBlocks.coordination.byPhase.TENDER", "HEAT_COMPANY")
        .with("buildingBlocks.coordination.byPhase.INSPECTION", "HEAT_COMPANY")
        .with("buildingBlocks.coordination.byPhase.COMMUNICATION", "HEAT_COOPERATIVE")
        .with("buildingBlocks.coordination.byPhase.EXECUTION", "HEAT_COMPANY")
        .with("buildingBlocks.coordination.byPhase.AFTERCARE", "HEAT_COMPANY");
    ProjectDriver p = ProjectDriver.start(engine, projects, json, varying, "Stop wisselend");
    for (String group : List.of(MUNI, HOUSING, INSTALLER)) {
      assertThatThrownBy(() -> stop.request(p.projectId, reason("Stop."), "iemand", List.of(group)))
          .isInstanceOfSatisfying(ProjectRequestRefused.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }
    assertThatThrownBy(() -> stop.request(p.projectId, reason(" "), "cooperatie", List.of(COOP)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
    assertThat(p.instance).isWaitingAt("draftDeclarationOfIntent");

    // the communication phase's coordinator is a coordinator of the project too
    stop.request(p.projectId, reason("Geen draagvlak."), "cooperatie", List.of(COOP));
    p.runDueJobs();
    ProjectSteps.evaluate(p);
    p.runDueJobs();
    assertThat(p.instance).isEnded();
    assertThatThrownBy(() -> stop.request(p.projectId, reason("Nog eens."), "demo", List.of(ProjectStop.ADMIN_GROUP)))
        .isInstanceOfSatisfying(ProjectRequestRefused.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));

    ProjectDriver other = ProjectDriver.start(engine, projects, json, FormFixture.recommended(), "Stop beheerder");
    assertThat(stop.request(other.projectId, reason("Beheer."), "demo", List.of(ProjectStop.ADMIN_GROUP)).status())
        .isEqualTo("STOPPED");
  }
}
