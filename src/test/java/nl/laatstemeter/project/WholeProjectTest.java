package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static nl.laatstemeter.form.FormFixture.MUNI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.dwelling.DwellingProgress;
import nl.laatstemeter.dwelling.DwellingStage;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One project from declaration of intent to evaluation with three dwellings, each in its own
 * {@code dwellingConnection} instance: one owner declines, two take part (enough for the
 * threshold), are inspected, planned in a train, connected, and then the project is handed over
 * and evaluated by each party.
 */
class WholeProjectTest extends ProjectProcessTest {

  @Autowired ProjectOverview overview;
  @Autowired DwellingProgress progress;
  @Autowired ManagementService management;

  static ObjectNode body(FormFixture form) {
    ObjectNode body = (ObjectNode) form.json();
    body.put("name", "Bloemenbuurt");
    ArrayNode list = body.putArray("dwellings");
    String[][] rows = {{"W1", "1", "CORPORATE", "TERRACED"}, {"W2", "3", "PRIVATE", "TERRACED"}, {"W3", "5", "CORPORATE", "PORCH_FLAT"}};
    for (String[] r : rows) {
      list.addObject().put("id", r[0]).put("address", "Rozenstraat").put("postcode", "3581 AB").put("houseNumber", r[1])
          .put("ownership", r[2]).put("type", r[3])
          .putObject("resident").put("name", "Bewoner " + r[0]).put("email", r[0].toLowerCase() + "@example.nl");
    }
    return body;
  }

  /** The open dwelling tasks of the project with this key (business keys projectId:dwellingId). */
  private List<Task> dwellingTasks(ProjectDriver p, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKeyLike(p.projectId + ":%").taskDefinitionKey(key)
        .orderByProcessInstanceId().asc().list();
  }

  /** The timers of the project's dwellings at this activity. */
  private List<Job> timers(ProjectDriver p, String activityId) {
    return management.createJobQuery().timers().activityId(activityId).list().stream()
        .filter(j -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(j.getProcessInstanceId())
            .singleResult().getBusinessKey().startsWith(p.projectId + ":")).toList();
  }

  private Task dwellingTask(ProjectDriver p, String dwellingId, String key) {
    List<Task> found = taskService.createTaskQuery().processInstanceBusinessKey(p.projectId + ":" + dwellingId)
        .taskDefinitionKey(key).list();
    assertThat(found).as(key + " of " + dwellingId).hasSize(1);
    return found.get(0);
  }

  private void completeDwellingTasks(ProjectDriver p, String key, Map<String, Object> variables) {
    List<Task> open = dwellingTasks(p, key);
    assertThat(open).as("open " + key).isNotEmpty();
    open.forEach(t -> taskService.complete(t.getId(), variables));
    p.runDueJobs();
  }

  @Test
  void projectRunsFromDeclarationToEvaluationWithThreeDwellings() {
    FormFixture form = FormFixture.recommended().with("context.participationThreshold", 0.5)
        .with("context.signUpDeadline", LocalDate.now().plusDays(30).toString());
    ProjectDriver p = ProjectDriver.start(engine, projects, json, body(form));

    // preparation, tender from the start, agreement, design, residents
    ProjectSteps.agreeOnFrameworkInstaller(p, INSTALLER);
    ProjectSteps.untilDwellingsStarted(p);

    // the dwellings run: the owner side records each decision
    assertThat(p.instance).isWaitingAt("signUpDeadlinePassed");
    assertThat(progress.perStage(p.projectId)).containsEntry(DwellingStage.UNDECIDED, 3L);
    assertThat(overview.find(p.projectId).orElseThrow().phase()).hasToString("COMMUNICATION");
    Task w1 = dwellingTask(p, "W1", "recordParticipationDecision");
    Task w2 = dwellingTask(p, "W2", "recordParticipationDecision");
    assertThat(p.groups(w1)).containsExactly(HOUSING);
    assertThat(p.groups(w2)).containsExactly(COOP);
    taskService.complete(w1.getId(), Map.of("participationDecision", "JOIN", "questionsOrResistance", false));
    taskService.complete(w2.getId(), Map.of("participationDecision", "DECLINE", "declineReason", "Kookt liever op gas"));
    taskService.complete(dwellingTask(p, "W3", "recordParticipationDecision").getId(),
        Map.of("participationDecision", "JOIN", "questionsOrResistance", false));
    p.runDueJobs();
    // one visit by one party: the kitchen-table talk is part of the inspection
    assertThat(dwellingTasks(p, "kitchenTableTalk")).isEmpty();
    assertThat(dwellingTasks(p, "inspectDwelling")).as("inspections wait for the go/no-go").isEmpty();

    // the deadline passes with 2 of 3 signed up: above the threshold, no decision needed
    p.fireTimer("signUpDeadlinePassed");
    assertThat(p.variable("participationBelowThreshold")).isEqualTo(false);
    assertThat((Double) p.variable("participationRate")).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(p.instance).hasNotPassed("decideGoNoGo");
    assertThat(p.variable("inspectionsMayStart")).isEqualTo(true);

    // inspection with the project's connection methods, plan, owner's agreement
    List<Task> inspections = dwellingTasks(p, "inspectDwelling");
    assertThat(inspections).hasSize(2);
    inspections.forEach(t -> assertThat(p.groups(t)).containsExactly(INSTALLER));
    completeDwellingTasks(p, "inspectDwelling", Map.ofEntries(Map.entry("visitDate", LocalDate.now().toString()),
        Map.entry("kitchenTableTalkHeld", true), Map.entry("dwellingType", "TERRACED"),
        Map.entry("deliverySetLocation", "meterkast"), Map.entry("connectionMethod", "Via de gevel"),
        Map.entry("removeGasBoiler", true), Map.entry("electricCooking", true), Map.entry("structuralWork", false),
        Map.entry("estimatedCost", 4200.0), Map.entry("inspectionRemarks", "geen bijzonderheden")));
    completeDwellingTasks(p, "drawUpConnectionPlan", Map.of("connectionMethod", "Via de gevel",
        "connectionPlan", "tracé via de voortuin", "planCost", 3000.0, "ownerCost", 0.0));
    completeDwellingTasks(p, "ownerAgreement", Map.of("ownerDecision", "AGREE"));

    // train planning gives both a date; they wait for it
    assertThat(p.groupsOf("planTrains")).containsExactly(HEAT);
    ProjectSteps.planTrains(p);
    p.runDueJobs();
    assertThat(p.variable("plannedDwellings")).isEqualTo(2);
    assertThat(p.instance).isWaitingAt("waitForAllConnected");
    assertThat(progress.perStage(p.projectId)).containsEntry(DwellingStage.PLANNED, 2L).containsEntry(DwellingStage.NOT_CONNECTED, 1L);

    // the residents hear of their dates ten working days ahead, then the dates come: execution, commissioning
    List<Job> noticeTimers = timers(p, "waitForNoticeDate");
    assertThat(noticeTimers).hasSize(2);
    assertThat(timers(p, "waitForPlannedDate")).isEmpty();
    noticeTimers.forEach(j -> management.executeJob(j.getId()));
    p.runDueJobs();
    List<Job> dateTimers = timers(p, "waitForPlannedDate");
    assertThat(dateTimers).hasSize(2);
    dateTimers.forEach(j -> management.executeJob(j.getId()));
    p.runDueJobs();
    String today = LocalDate.now().toString();
    completeDwellingTasks(p, "connectToFacade", Map.of("facadeConnectedDate", today));
    completeDwellingTasks(p, "installDeliverySet", Map.of("deliverySetInstalledDate", today, "deliverySetSerialNumber", "AS-1"));
    completeDwellingTasks(p, "adaptIndoorInstallation", Map.of("indoorAdaptedDate", today));
    assertThat(p.instance).isWaitingAt("waitForAllConnected");
    completeDwellingTasks(p, "commissionConnection", Map.of("commissionedDate", today));

    // the last connected dwelling tells the project: hand-over and evaluation
    assertThat(p.instance).hasPassed("allConnectedReached");
    assertThat(p.groupsOf("handOverToOperations")).containsExactly(HEAT);
    ProjectSteps.handOver(p);
    assertThat(p.eachPartyGroups("evaluateCollaboration")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    ProjectSteps.evaluate(p);

    // the project ends only when every dwelling has ended: the last aftercare tells it
    assertThat(p.instance).isWaitingAt("waitForAllDwellingsEnded");
    completeDwellingTasks(p, "aftercareContact", Map.of("aftercareDate", today, "residentSatisfaction", "SATISFIED"));
    p.runDueJobs();
    assertThat(progress.perStage(p.projectId)).containsEntry(DwellingStage.CLOSED, 2L).containsEntry(DwellingStage.NOT_CONNECTED, 1L);
    assertThat(p.instance).isEnded().hasPassed("allEndedReached", "projectCompleted");
    assertThat(overview.find(p.projectId).orElseThrow().state()).isEqualTo(ProjectOverview.State.COMPLETED);
  }

  @Test
  void sampleScopeInspectsTheChosenDwellingsAndExtrapolatesTheBudgetAfterwards() {
    ProjectDriver p = ProjectDriver.start(engine, projects, json,
        body(FormFixture.recommended().with("buildingBlocks.inspection.scope", "SAMPLE")));
    ProjectSteps.agreeOnFrameworkInstaller(p, INSTALLER);
    ProjectSteps.untilDwellingsStarted(p);
    completeDwellingTasks(p, "recordParticipationDecision", Map.of("participationDecision", "JOIN",
        "questionsOrResistance", false));
    completeDwellingTasks(p, "kitchenTableTalk", Map.of("kitchenTableTalkDate", LocalDate.now().toString(),
        "kitchenTableTalkOutcome", "Vragen beantwoord"));

    assertThat(p.groupsOf("selectInspectionSample")).containsExactly(HEAT);
    assertThat((String) taskService.getVariable(p.task("selectInspectionSample").getId(), "sampleOverview"))
        .contains("**PORCH_FLAT** (1): W3", "**TERRACED** (2): W1, W2");
    p.complete("selectInspectionSample", Map.of("sampleDwellingIds", "W1 ,W3", "sampleRationale", "één per type"));
    p.runDueJobs();
    assertThat(p.variable("sampleDwellingIds")).isEqualTo("W1,W3");
    assertThat(p.variable("inspectionsMayStart")).isEqualTo(true);

    // only the sample is visited; the project waits for its inspections
    assertThat(dwellingTasks(p, "inspectDwelling")).extracting(t -> engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey())
        .containsExactlyInAnyOrder(p.projectId + ":W1", p.projectId + ":W3");
    assertThat(p.instance).isWaitingAt("waitForSampleInspections");
    completeDwellingTasks(p, "inspectDwelling", Map.ofEntries(Map.entry("visitDate", LocalDate.now().toString()),
        Map.entry("kitchenTableTalkHeld", true), Map.entry("dwellingType", "TERRACED"),
        Map.entry("deliverySetLocation", "meterkast"), Map.entry("connectionMethod", "Via de gevel"),
        Map.entry("removeGasBoiler", true), Map.entry("electricCooking", true), Map.entry("structuralWork", false),
        Map.entry("estimatedCost", 4200.0), Map.entry("inspectionRemarks", "geen bijzonderheden")));

    assertThat(p.groupsOf("extrapolateBudget")).containsExactly(HEAT);
    p.complete("extrapolateBudget", Map.of("sampleAverageCost", 4200.0, "surchargePercentage", 15.0,
        "extrapolatedBudget", 14490.0));
    p.runDueJobs();
    // the trains wait until every participating dwelling has agreed to its plan
    assertThat(p.instance).isWaitingAt("waitForAllAgreed");
    assertThat(p.instance).hasPassedInOrder("selectInspectionSample", "markInspectionSample", "signalInspectionsMayStart",
        "extrapolateBudget");
  }
}
