package nl.laatstemeter.dwelling;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static nl.laatstemeter.form.FormFixture.MUNI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.duedate.DueMoment;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When reality deviates on the dwelling side (DOMAIN.md section 9): the owner asks for a revised
 * plan or refuses, refuses the indoor contract, withdraws, nobody is home, several parties
 * inspect, the owners' decisions close or the project stops. Every path ends the dwelling
 * connected or not connected with a reason.
 */
@EngineTest
class DwellingDeviationsTest {

  @Autowired ProcessEngine engine;
  @Autowired DwellingFixture fixture;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired HistoryService history;
  @Autowired DwellingRegister register;

  String projectId;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    projectId = DwellingFixture.newProjectId();
  }

  private Object variable(ProcessInstance d, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(d.getId()).variableName(name)
        .singleResult().getValue();
  }

  private void assertNotConnected(ProcessInstance d, NotConnectedReason reason) {
    assertThat(d).isEnded();
    assertThat(variable(d, DwellingVariables.STAGE)).isEqualTo("NOT_CONNECTED");
    assertThat(variable(d, NotConnectedReason.VARIABLE)).isEqualTo(reason.name());
  }

  /** Joins and is released for inspection under the recommended form (inspection by the installer, one visit). */
  private ProcessInstance atInspection(FormFixture form, Ownership ownership) {
    ProcessInstance d = fixture.start(form, projectId, "w1", ownership, true);
    fixture.complete(d, "recordParticipationDecision", DwellingFixture.join(false));
    fixture.signal("inspectionsMayStart", projectId);
    return d;
  }

  private ProcessInstance atOwnerAgreement(FormFixture form) {
    ProcessInstance d = atInspection(form, Ownership.PRIVATE);
    fixture.complete(d, "inspectDwelling", withOutcome("DONE", DwellingFixture.inspectionResult()));
    fixture.runJobs();
    fixture.complete(d, "drawUpConnectionPlan", plan());
    return d;
  }

  private static Map<String, Object> plan() {
    return Map.of("connectionMethod", "Via de gevel naar de meterkast", "connectionPlan", "tracé", "planCost", 3000.0,
        "ownerCost", 800.0);
  }

  private static Map<String, Object> withOutcome(String outcome, Map<String, Object> fields) {
    Map<String, Object> all = new java.util.HashMap<>(fields);
    all.put("visitOutcome", outcome);
    return all;
  }

  private static Map<String, Object> noAccess() {
    return Map.of("visitOutcome", "NO_ACCESS");
  }

  private String options(Task task) {
    return ((JsonValue) taskService.getVariableTyped(task.getId(), PlanAgreement.OWNER_DECISION_OPTIONS)).getValueSerialized();
  }

  // ---- owner decisions

  @Test
  void ownerMayAskForARevisedPlanTwiceThenOnlyAgreeOrRefuseAndEachAgreementStartsEmpty() {
    ProcessInstance d = atOwnerAgreement(FormFixture.recommended());
    for (int revision = 1; revision <= 2; revision++) {
      Task agreement = fixture.task(d, "ownerAgreement");
      assertThat(options(agreement)).contains("REVISE");
      assertThat(taskService.getVariable(agreement.getId(), "ownerDecision")).as("starts empty").isNull();
      fixture.complete(agreement, Map.of("ownerDecision", "REVISE", "ownerRefusalReason", "Afleverset liever op zolder"));
      assertThat(d).isWaitingAt("drawUpConnectionPlan");
      assertThat(runtime.getVariable(d.getId(), PlanAgreement.PLAN_REVISIONS)).isEqualTo(revision);
      fixture.complete(d, "drawUpConnectionPlan", plan());
    }
    Task third = fixture.task(d, "ownerAgreement");
    assertThat(options(third)).doesNotContain("REVISE").contains("AGREE", "REFUSE");
    assertThat(taskService.getVariable(third.getId(), "ownerDecision")).isNull();
    assertThat(taskService.getVariable(third.getId(), "ownerRefusalReason")).isNull();
    assertThatThrownBy(() -> fixture.complete(third, Map.of("ownerDecision", "REVISE")))
        .hasMessageContaining("ownerDecision");
    fixture.complete(third, Map.of("ownerDecision", "REFUSE", "ownerRefusalReason", "Te duur"));
    assertThat(d).hasPassed("planRefused");
    assertNotConnected(d, NotConnectedReason.PLAN_REFUSED);
  }

  @Test
  void ownerWhoRefusesThePlanEndsNotConnectedAndNoLongerHoldsTheTrainsUp() {
    ProcessInstance d = atOwnerAgreement(FormFixture.recommended());
    fixture.complete(d, "ownerAgreement", Map.of("ownerDecision", "REFUSE", "ownerRefusalReason", "Wil geen warmtenet"));
    assertNotConnected(d, NotConnectedReason.PLAN_REFUSED);
    assertThat(fixture.tasks(d, "drawUpConnectionPlan")).isEmpty();
  }

  @Test
  void ownerWhoRefusesTheIndoorContractUnderFullScopeEndsNotConnected() {
    ProcessInstance d = atOwnerAgreement(FormFixture.recommended().with("buildingBlocks.heatCompanyScope", "FULL"));
    fixture.complete(d, "ownerAgreement", Map.of("ownerDecision", "AGREE"));
    assertThat(fixture.complete(d, "indoorWorksContract", Map.of("indoorContract", "REFUSED"))).containsExactly(HEAT);
    assertThat(d).hasPassed("indoorContractRefused");
    assertNotConnected(d, NotConnectedReason.INDOOR_CONTRACT_REFUSED);
  }

  @Test
  void ownerWhoSignsTheIndoorContractAgreesAndWaitsForTheTrains() {
    ProcessInstance d = atOwnerAgreement(FormFixture.recommended().with("buildingBlocks.heatCompanyScope", "FULL"));
    fixture.complete(d, "ownerAgreement", Map.of("ownerDecision", "AGREE"));
    fixture.complete(d, "indoorWorksContract", Map.of("indoorContract", "SIGNED", "indoorContractDate", "2026-04-01"));
    assertThat(variable(d, DwellingVariables.STAGE)).isEqualTo("AGREED");
    fixture.runJobs();
    assertThat(d).isWaitingAt("awaitTrainsPlanned");
  }

  @Test
  void ownersStillUndecidedWhenTheDecisionsCloseEndWithoutDecision() {
    ProcessInstance undecided = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, true);
    ProcessInstance joined = fixture.start(FormFixture.recommended(), projectId, "w2", Ownership.PRIVATE, true);
    fixture.complete(joined, "recordParticipationDecision", DwellingFixture.join(false));
    fixture.signal("closeUndecided", projectId);
    assertThat(undecided).hasPassed("dwellingUndecided");
    assertNotConnected(undecided, NotConnectedReason.NO_DECISION);
    assertThat(joined).isNotEnded();
  }

  // ---- withdrawal and stop

  @Test
  void withdrawalEndsOpenTasksAndFreesThePlannedSlot() {
    ProcessInstance d = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, true);
    fixture.planned(d, projectId, "w1", LocalDate.now().plusDays(30));
    assertThat(register.plannedDate(projectId, "w1")).isPresent();
    runtime.createMessageCorrelation("Withdrawal").processInstanceId(d.getId()).setVariable("withdrawalReason", "verhuist")
        .correlate();
    assertThat(d).hasPassed("dwellingWithdrawn");
    assertNotConnected(d, NotConnectedReason.WITHDRAWN);
    assertThat(register.plannedDate(projectId, "w1")).isEmpty();
  }

  @Test
  void stoppedProjectEndsDwellingsBeforeExecutionButLetsADwellingInExecutionFinish() {
    // an undecided owner: no "project gestopt" mail (that mail type comes with the project side's stop)
    ProcessInstance waiting = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, true);
    ProcessInstance working = fixture.start(FormFixture.recommended(), projectId, "w2", Ownership.PRIVATE, true);
    fixture.planned(working, projectId, "w2", LocalDate.now());
    fixture.fireTimer(working, DwellingTimers.NOTICE_ACTIVITY);
    fixture.fireTimer(working, DwellingTimers.WAIT_ACTIVITY);
    assertThat(working).isWaitingAt("connectToFacade", "adaptIndoorInstallation");

    fixture.signal("projectStopped", projectId);
    assertThat(waiting).hasPassed("dwellingStopped");
    assertNotConnected(waiting, NotConnectedReason.PROJECT_STOPPED);
    assertThat(working).isNotEnded().hasPassed("stopInExecution").isWaitingAt("connectToFacade", "adaptIndoorInstallation");
  }

  // ---- nobody home

  @Test
  void visitWithoutAccessGivesANewAppointmentByTheContactPointAndThenTheSameTaskEmptyAndDueOnThatDate() {
    ProcessInstance d = atInspection(FormFixture.recommended(), Ownership.PRIVATE);
    assertThat(fixture.complete(d, "inspectDwelling", noAccess())).containsExactly(INSTALLER);
    assertThat(d).isWaitingAt("inspectDwellingNewAppointment");
    Task appointment = fixture.task(d, "makeNewAppointment");
    assertThat(fixture.candidateGroups(appointment)).containsExactly(COOP);
    assertThat(taskService.getVariable(appointment.getId(), "visitTaskName")).isEqualTo("Woning schouwen");
    LocalDate date = LocalDate.now().plusDays(3);
    fixture.complete(appointment, Map.of("appointmentDate", date.toString()));

    Task again = fixture.task(d, "inspectDwelling");
    assertThat(fixture.candidateGroups(again)).containsExactly(INSTALLER);
    assertThat(taskService.getVariable(again.getId(), "visitOutcome")).as("starts empty").isNull();
    assertThat(again.getDueDate()).isEqualTo(DueMoment.of(date));
    fixture.complete(again, withOutcome("DONE", DwellingFixture.inspectionResult()));
    fixture.runJobs();
    assertThat(d).isWaitingAt("drawUpConnectionPlan");
  }

  @Test
  void thirdVisitWithoutAccessGoesToThePhaseCoordinatorWhoMayTryAgainWithTheCountStartingAnew() {
    ProcessInstance d = atInspection(FormFixture.recommended(), Ownership.PRIVATE);
    for (int visit = 1; visit <= 2; visit++) {
      fixture.complete(d, "inspectDwelling", noAccess());
      fixture.complete(d, "makeNewAppointment", Map.of("appointmentDate", LocalDate.now().plusDays(visit).toString()));
    }
    fixture.complete(d, "inspectDwelling", noAccess());
    assertThat(fixture.tasks(d, "makeNewAppointment")).isEmpty();
    Task decide = fixture.task(d, "decideUnreachableDwelling");
    assertThat(fixture.candidateGroups(decide)).as("coordinator of the INSPECTION phase").containsExactly(HEAT);
    fixture.complete(decide, Map.of("unreachableDecision", "TRY_AGAIN"));
    fixture.complete(d, "makeNewAppointment", Map.of("appointmentDate", LocalDate.now().plusDays(5).toString()));
    // the count starts anew: the next visit without access gives an appointment, not the decision
    fixture.complete(d, "inspectDwelling", noAccess());
    assertThat(fixture.tasks(d, "decideUnreachableDwelling")).isEmpty();
    fixture.complete(d, "makeNewAppointment", Map.of("appointmentDate", LocalDate.now().plusDays(6).toString()));
    assertThat(d).isWaitingAt("inspectDwelling");
  }

  @Test
  void coordinatorMayDecideAThriceUnreachableDwellingIsNotConnected() {
    ProcessInstance d = atInspection(FormFixture.recommended(), Ownership.PRIVATE);
    for (int visit = 1; visit <= 2; visit++) {
      fixture.complete(d, "inspectDwelling", noAccess());
      fixture.complete(d, "makeNewAppointment", Map.of("appointmentDate", LocalDate.now().plusDays(visit).toString()));
    }
    fixture.complete(d, "inspectDwelling", noAccess());
    fixture.complete(d, "decideUnreachableDwelling", Map.of("unreachableDecision", "UNREACHABLE"));
    assertThat(d).hasPassed("inspectDwellingUnreachable", "dwellingUnreachable");
    assertNotConnected(d, NotConnectedReason.UNREACHABLE);
  }

  @Test
  void executionVisitWithoutAccessMakesTheNewAppointmentTheDwellingsPlannedDateAndTellsTheResident() {
    ProcessInstance d = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, true);
    fixture.planned(d, projectId, "w1", LocalDate.now());
    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);
    fixture.fireTimer(d, DwellingTimers.WAIT_ACTIVITY);
    fixture.complete(d, "connectToFacade", Map.of("facadeConnectedDate", LocalDate.now().toString()));
    assertThat(fixture.complete(d, "installDeliverySet", noAccess())).containsExactly(HEAT);
    LocalDate date = LocalDate.now().plusDays(7);
    fixture.complete(d, "makeNewAppointment", Map.of("appointmentDate", date.toString()));
    assertThat(runtime.getVariable(d.getId(), DwellingVariables.PLANNED_DATE)).isEqualTo(date.toString());
    assertThat(register.plannedDate(projectId, "w1")).contains(date);
    assertThat(fixture.task(d, "installDeliverySet").getDueDate()).isEqualTo(DueMoment.of(date));
    assertThat(fixture.task(d, "adaptIndoorInstallation").getDueDate()).isEqualTo(DueMoment.of(date));
    assertThat(fixture.message(d, "DATE_CHANGED")).as("the resident hears of the changed date").isNotNull();
  }

  @Test
  void underDistributedCommunicationTheOrganisationWhoseVisitFailedMakesTheNewAppointment() {
    ProcessInstance d = atInspection(FormFixture.recommended().with("buildingBlocks.communication.approach", "DISTRIBUTED"),
        Ownership.PRIVATE);
    fixture.complete(d, "inspectDwelling", noAccess());
    assertThat(fixture.candidateGroups(fixture.task(d, "makeNewAppointment"))).containsExactly(INSTALLER);
  }

  @Test
  void underVaryingCoordinationTheInspectionCoordinatorDecidesOnAnUnreachableInspection() {
    FormFixture varying = FormFixture.recommended()
        .with("buildingBlocks.coordination.mode", "VARYING")
        .with("buildingBlocks.coordination.byPhase.PREPARATION", "HEAT_COMPANY")
        .with("buildingBlocks.coordination.byPhase.TENDER", "HEAT_COMPANY")
        .with("buildingBlocks.coordination.byPhase.INSPECTION", "MUNICIPALITY")
        .with("buildingBlocks.coordination.byPhase.COMMUNICATION", "HEAT_COOPERATIVE")
        .with("buildingBlocks.coordination.byPhase.EXECUTION", "HEAT_COMPANY")
        .with("buildingBlocks.coordination.byPhase.AFTERCARE", "HEAT_COMPANY");
    ProcessInstance d = atInspection(varying, Ownership.PRIVATE);
    for (int visit = 1; visit <= 2; visit++) {
      fixture.complete(d, "inspectDwelling", noAccess());
      fixture.complete(d, "makeNewAppointment", Map.of("appointmentDate", LocalDate.now().plusDays(visit).toString()));
    }
    fixture.complete(d, "inspectDwelling", noAccess());
    assertThat(fixture.candidateGroups(fixture.task(d, "decideUnreachableDwelling"))).containsExactly(MUNI);
  }

  // ---- several inspecting parties

  @Test
  void eachInspectingPartyKeepsItsOwnResultAndThePlanShowsThemAll() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.parties", "MULTIPLE");
    ProcessInstance d = fixture.start(form, projectId, "w1", Ownership.CORPORATE, true);
    fixture.complete(d, "recordParticipationDecision", DwellingFixture.join(false));
    fixture.complete(d, "kitchenTableTalk", Map.of("visitOutcome", "DONE", "kitchenTableTalkDate", "2026-02-01",
        "kitchenTableTalkOutcome", "besproken"));
    fixture.signal("inspectionsMayStart", projectId);
    List<Task> inspections = fixture.tasks(d, "inspectDwelling");
    assertThat(inspections).hasSize(4);
    for (Task t : inspections) {
      String group = fixture.candidateGroups(t).get(0);
      Map<String, Object> result = withOutcome("DONE", DwellingFixture.inspectionResult());
      result.put("inspectionRemarks", "bevinding van " + group);
      fixture.complete(t, result);
    }
    fixture.runJobs();
    Task plan = fixture.task(d, "drawUpConnectionPlan");
    String summary = (String) taskService.getVariable(plan.getId(), DwellingVisits.INSPECTION_SUMMARY);
    for (String group : List.of(HEAT, INSTALLER, MUNI, HOUSING)) {
      assertThat(summary).contains("Schouw door " + group).contains("bevinding van " + group);
      assertThat((String) runtime.getVariable(d.getId(), DwellingVisits.INSPECTION_RESULTS)).contains("bevinding van " + group);
    }
  }
}
