package nl.laatstemeter.dwelling;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
import static nl.laatstemeter.form.FormFixture.INDOOR;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static nl.laatstemeter.form.FormFixture.MUNI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dwelling process under each variant of the building blocks that shapes it (DOMAIN.md
 * sections 4-5): path and candidate groups, the dwelling started on its own with the form it
 * carries and the project's signals sent by the test.
 */
@EngineTest
class DwellingVariantsTest {

  @Autowired ProcessEngine engine;
  @Autowired DwellingFixture fixture;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired DwellingRegister register;

  String projectId;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    projectId = DwellingFixture.newProjectId();
  }

  private ProcessInstance start(FormFixture form, Ownership ownership) {
    return fixture.start(form, projectId, "w1", ownership, true);
  }

  private Object variable(ProcessInstance d, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(d.getId()).variableName(name)
        .singleResult().getValue();
  }

  /** Participation (joins) and the kitchen-table talk when there is one: waits for the inspections. */
  private void signUp(ProcessInstance d, boolean flagged) {
    fixture.complete(d, "recordParticipationDecision", DwellingFixture.join(flagged));
    if (!fixture.tasks(d, "kitchenTableTalk").isEmpty()) {
      fixture.complete(d, "kitchenTableTalk", Map.of("kitchenTableTalkDate", "2026-02-01", "kitchenTableTalkOutcome", "besproken"));
    }
    assertThat(d).isWaitingAt("awaitInspectionsMayStart");
  }

  /** Signs up and releases the inspections. */
  private void toInspections(ProcessInstance d, boolean flagged) {
    signUp(d, flagged);
    fixture.signal("inspectionsMayStart", projectId);
  }

  /** From the connection plan to the end, asserting who does each step; returns groups per task. */
  private void planToEnd(ProcessInstance d, List<String> plan, List<String> owner, List<String> deliverySet, List<String> indoor,
      boolean fullScope, boolean toFacade) {
    assertThat(fixture.complete(d, "drawUpConnectionPlan", Map.of("connectionMethod", "Via de gevel naar de meterkast",
        "connectionPlan", "tracé via de voortuin", "planCost", 3000.0, "ownerCost", 0.0))).containsExactlyElementsOf(plan);
    assertThat(fixture.complete(d, "ownerAgreement", Map.of("ownerDecision", "AGREE"))).containsExactlyElementsOf(owner);
    if (fullScope) {
      assertThat(fixture.complete(d, "indoorWorksContract", Map.of("indoorContract", "SIGNED", "indoorContractDate", "2026-04-01")))
          .containsExactly(HEAT);
    } else {
      assertThat(fixture.tasks(d, "indoorWorksContract")).isEmpty();
    }
    assertThat(variable(d, DwellingVariables.STAGE)).isEqualTo("AGREED");
    fixture.runJobs();
    assertThat(d).isWaitingAt("awaitTrainsPlanned");
    register.setPlannedDate(projectId, "w1", LocalDate.now().plusDays(10));
    fixture.signal("trainsPlanned", projectId);
    assertThat(d).isWaitingAt(DwellingTimers.NOTICE_ACTIVITY);
    assertThat(variable(d, "plannedDate")).isEqualTo(LocalDate.now().plusDays(10).toString());
    assertThat(variable(d, DwellingVariables.STAGE)).isEqualTo("PLANNED");
    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);
    assertThat(d).hasPassed("informResidentOfPlannedDate").isWaitingAt(DwellingTimers.WAIT_ACTIVITY);
    fixture.fireTimer(d, DwellingTimers.WAIT_ACTIVITY);
    assertThat(d).isWaitingAt("connectToFacade", "adaptIndoorInstallation");
    assertThat(fixture.complete(d, "connectToFacade", Map.of("facadeConnectedDate", "2026-05-01"))).containsExactly(HEAT);
    assertThat(fixture.complete(d, "installDeliverySet", Map.of("deliverySetInstalledDate", "2026-05-01",
        "deliverySetSerialNumber", "AS-1"))).containsExactlyElementsOf(deliverySet);
    assertThat(fixture.complete(d, "adaptIndoorInstallation", Map.of("indoorAdaptedDate", "2026-05-01")))
        .containsExactlyElementsOf(indoor);
    assertThat(fixture.complete(d, "commissionConnection", Map.of("commissionedDate", "2026-05-01"))).containsExactly(HEAT);
    assertThat(variable(d, DwellingVariables.STAGE)).isEqualTo("CONNECTED");
    fixture.runJobs();
    if (toFacade) {
      assertThat(fixture.complete(d, "transferDeliverySet", Map.of("deliverySetTransferredDate", "2026-05-02"))).containsExactly(HEAT);
    } else {
      assertThat(fixture.tasks(d, "transferDeliverySet")).isEmpty();
    }
    assertThat(fixture.complete(d, "aftercareContact", Map.of("aftercareDate", "2026-06-01", "residentSatisfaction", "SATISFIED")))
        .containsExactly(COOP);
    assertThat(d).isEnded().hasPassed("dwellingClosed");
    assertThat(variable(d, DwellingVariables.STAGE)).isEqualTo("CLOSED");
  }

  // ---- participation

  @Test
  void corporateOwnerDeclinesThroughTheHousingAssociationAndTheDwellingEndsNotConnected() {
    ProcessInstance d = start(FormFixture.recommended(), Ownership.CORPORATE);
    assertThat(fixture.complete(d, "recordParticipationDecision",
        Map.of("participationDecision", "DECLINE", "declineReason", "Renovatie volgt pas in 2030"))).containsExactly(HOUSING);
    assertThat(d).isEnded().hasPassed("dwellingDeclined");
    assertThat(variable(d, DwellingVariables.STAGE)).isEqualTo("NOT_CONNECTED");
    assertThat(variable(d, DwellingVariables.NOT_CONNECTED_REASON)).isEqualTo("DECLINED");
    assertThat(variable(d, "declineReason")).isEqualTo("Renovatie volgt pas in 2030");
  }

  @Test
  void privateOwnersDecisionIsRecordedByTheCommunicationParty() {
    ProcessInstance d = start(FormFixture.recommended(), Ownership.PRIVATE);
    assertThat(fixture.candidateGroups(fixture.task(d, "recordParticipationDecision"))).containsExactly(COOP);
  }

  // ---- kitchen-table talk (3.3)

  @Test
  void combinedVisitHasNoSeparateKitchenTableTalkEvenWhenFlagged() {
    ProcessInstance d = start(FormFixture.recommended(), Ownership.PRIVATE);
    fixture.complete(d, "recordParticipationDecision", DwellingFixture.join(true));
    assertThat(d).hasNotPassed("kitchenTableTalk").isWaitingAt("awaitInspectionsMayStart");
  }

  @Test
  void centralActiveCommunicationHoldsAKitchenTableTalkAtEveryDwelling() {
    ProcessInstance d = start(FormFixture.recommended().with("buildingBlocks.inspection.parties", "MULTIPLE"), Ownership.PRIVATE);
    fixture.complete(d, "recordParticipationDecision", DwellingFixture.join(false));
    assertThat(fixture.candidateGroups(fixture.task(d, "kitchenTableTalk"))).containsExactly(COOP);
  }

  @Test
  void centralPassiveCommunicationTalksOnlyWithFlaggedDwellings() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.parties", "MULTIPLE")
        .with("buildingBlocks.communication.approach", "CENTRAL_PASSIVE");
    ProcessInstance quiet = start(form, Ownership.PRIVATE);
    fixture.complete(quiet, "recordParticipationDecision", DwellingFixture.join(false));
    assertThat(quiet).hasNotPassed("kitchenTableTalk").isWaitingAt("awaitInspectionsMayStart");

    ProcessInstance flagged = fixture.start(form, projectId, "w2", Ownership.PRIVATE, true);
    fixture.complete(flagged, "recordParticipationDecision", DwellingFixture.join(true));
    assertThat(fixture.candidateGroups(fixture.task(flagged, "kitchenTableTalk"))).containsExactly(COOP);
  }

  @Test
  void distributedCommunicationLeavesTheKitchenTableTalkOfAFlaggedSampleDwellingToTheHeatCompany() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.scope", "SAMPLE")
        .with("buildingBlocks.communication.approach", "DISTRIBUTED").with("buildingBlocks.communication.party", null);
    ProcessInstance d = start(form, Ownership.PRIVATE);
    fixture.complete(d, "recordParticipationDecision", DwellingFixture.join(true));
    assertThat(fixture.candidateGroups(fixture.task(d, "kitchenTableTalk"))).containsExactly(HEAT);
  }

  // ---- inspection (3.1)

  @Test
  void oneVisitByTheInstallerInvolvedFromTheStartWithTheProjectsConnectionMethods() {
    ProcessInstance d = start(FormFixture.recommended(), Ownership.PRIVATE);
    toInspections(d, false);
    Task inspect = fixture.task(d, "inspectDwelling");
    assertThat(fixture.candidateGroups(inspect)).containsExactly(INSTALLER);
    assertThat(engine.getTaskService().getVariableLocal(inspect.getId(), DwellingVariables.CONNECTION_METHOD_OPTIONS).toString())
        .contains("\"label\":\"Via de gevel naar de meterkast\"");
    fixture.complete(inspect, DwellingFixture.inspectionResult());
    assertThat(variable(d, DwellingVariables.STAGE)).isEqualTo("INSPECTED");
    fixture.runJobs();
    assertThat(fixture.candidateGroups(fixture.task(d, "drawUpConnectionPlan"))).containsExactly(INSTALLER);
  }

  @Test
  void multipleInspectingPartiesEachGetTheirOwnTaskAndTheHousingAssociationOnlyForACorporateDwelling() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.parties", "MULTIPLE");
    ProcessInstance corporate = start(form, Ownership.CORPORATE);
    toInspections(corporate, false);
    assertThat(fixture.tasks(corporate, "inspectDwelling")).map(fixture::candidateGroups)
        .containsExactlyInAnyOrder(List.of(HEAT), List.of(MUNI), List.of(HOUSING), List.of(INSTALLER));

    projectId = DwellingFixture.newProjectId();
    ProcessInstance priv = start(form, Ownership.PRIVATE);
    toInspections(priv, false);
    List<Task> tasks = fixture.tasks(priv, "inspectDwelling");
    assertThat(tasks).map(fixture::candidateGroups)
        .containsExactlyInAnyOrder(List.of(HEAT), List.of(MUNI), List.of(INSTALLER));
    tasks.forEach(t -> fixture.complete(t, DwellingFixture.inspectionResult()));
    fixture.runJobs();
    assertThat(priv).isWaitingAt("drawUpConnectionPlan");
  }

  @Test
  void twoRoundsWithALateInstallerWaitForTheAwardBeforeTheDetailedInspection() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.rounds", "TWICE")
        .with("buildingBlocks.installer.timing", "LATER").with("buildingBlocks.inspection.party", null);
    ProcessInstance d = start(form, Ownership.PRIVATE);
    toInspections(d, false);
    assertThat(fixture.complete(d, "inspectDwellingGlobal", DwellingFixture.inspectionResult())).containsExactly(HEAT);
    assertThat(variable(d, DwellingVariables.STAGE)).isEqualTo("GLOBAL_INSPECTED");
    fixture.runJobs();
    assertThat(d).hasPassed("reportGlobalInspected").isWaitingAt("awaitInstallerAwarded");
    fixture.signal(ProjectVariables.INSTALLER_JOINED, projectId);
    assertThat(fixture.complete(d, "inspectDwellingDetailed", DwellingFixture.inspectionResult())).containsExactly(INSTALLER);
    fixture.runJobs();
    assertThat(fixture.candidateGroups(fixture.task(d, "drawUpConnectionPlan"))).containsExactly(HEAT);
  }

  @Test
  void globalInspectionBySeveralPartiesBeforeTheAwardLeavesTheInstallerOutUntilTheDetailedInspection() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.parties", "MULTIPLE")
        .with("buildingBlocks.inspection.rounds", "TWICE").with("buildingBlocks.installer.timing", "LATER");
    ProcessInstance d = start(form, Ownership.CORPORATE);
    toInspections(d, false);
    List<Task> global = fixture.tasks(d, "inspectDwellingGlobal");
    assertThat(global).map(fixture::candidateGroups)
        .containsExactlyInAnyOrder(List.of(HEAT), List.of(MUNI), List.of(HOUSING));
    global.forEach(t -> fixture.complete(t, DwellingFixture.inspectionResult()));
    fixture.runJobs();
    assertThat(d).isWaitingAt("awaitInstallerAwarded");
    fixture.signal(ProjectVariables.INSTALLER_JOINED, projectId);
    assertThat(fixture.candidateGroups(fixture.task(d, "inspectDwellingDetailed"))).containsExactly(INSTALLER);
  }

  @Test
  void twoRoundsWithTheInstallerFromTheStartGoStraightOnToTheDetailedInspection() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.rounds", "TWICE")
        .with("buildingBlocks.inspection.party", null);
    ProcessInstance d = start(form, Ownership.PRIVATE);
    toInspections(d, false);
    fixture.complete(d, "inspectDwellingGlobal", DwellingFixture.inspectionResult());
    fixture.runJobs();
    assertThat(d).hasNotPassed("awaitInstallerAwarded");
    assertThat(fixture.candidateGroups(fixture.task(d, "inspectDwellingDetailed"))).containsExactly(INSTALLER);
  }

  @Test
  void underSampleOnlyTheSampleDwellingIsVisitedAndTheOthersGetTheStandardPlanOfTheirType() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.scope", "SAMPLE");
    ProcessInstance sample = start(form, Ownership.PRIVATE);
    ProcessInstance other = fixture.start(form, projectId, "w2", Ownership.PRIVATE, true);
    signUp(sample, false);
    signUp(other, false);
    runtime.setVariable(sample.getId(), DwellingVariables.SAMPLE, true);
    fixture.signal("inspectionsMayStart", projectId);

    assertThat(fixture.candidateGroups(fixture.task(sample, "inspectDwelling"))).containsExactly(INSTALLER);
    assertThat(other).hasNotPassed("inspectDwelling").hasPassed("dwellingInspected");
    assertThat(variable(other, "standardPlan")).isEqualTo(true);
    fixture.runJobs();
    assertThat(other).isWaitingAt("drawUpConnectionPlan");
  }

  // ---- scope of the heat company (2.1), each run to the end

  @Test
  void upToDeliverySetTheHeatCompanyPlacesTheDeliverySetAndTheOwnersInstallerAdaptsTheIndoorInstallation() {
    ProcessInstance d = start(FormFixture.recommended(), Ownership.PRIVATE);
    toInspections(d, false);
    fixture.complete(d, "inspectDwelling", DwellingFixture.inspectionResult());
    fixture.runJobs();
    planToEnd(d, List.of(INSTALLER), List.of(COOP), List.of(HEAT), List.of(INSTALLER), false, false);
  }

  @Test
  void toFacadeTheOwnersInstallersDoTheDeliverySetAndIndoorWorkAndTheHeatCompanyTakesTheSetOver() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.heatCompanyScope", "TO_FACADE")
        .with("buildingBlocks.installer.count", "MULTIPLE")
        .with("installerPackages.DELIVERY_SET", INSTALLER).with("installerPackages.INDOOR", INDOOR);
    ProcessInstance d = start(form, Ownership.CORPORATE);
    toInspections(d, false);
    fixture.complete(d, "inspectDwelling", DwellingFixture.inspectionResult());
    fixture.runJobs();
    planToEnd(d, List.of(INSTALLER), List.of(HOUSING), List.of(INSTALLER), List.of(INDOOR), false, true);
  }

  @Test
  void fullScopeNeedsAnIndoorWorksContractAndTheHeatCompanyDoesTheIndoorWork() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.heatCompanyScope", "FULL");
    ProcessInstance d = start(form, Ownership.PRIVATE);
    toInspections(d, false);
    fixture.complete(d, "inspectDwelling", DwellingFixture.inspectionResult());
    fixture.runJobs();
    planToEnd(d, List.of(INSTALLER), List.of(COOP), List.of(HEAT), List.of(HEAT), true, false);
  }

  // ---- owner agreement

  @Test
  void ownersRequestForARevisedPlanSendsThePlanBackWithTheReason() {
    ProcessInstance d = start(FormFixture.recommended(), Ownership.PRIVATE);
    toInspections(d, false);
    fixture.complete(d, "inspectDwelling", DwellingFixture.inspectionResult());
    fixture.runJobs();
    Map<String, Object> plan = Map.of("connectionMethod", "Via de gevel naar de meterkast", "connectionPlan", "tracé",
        "planCost", 3000.0, "ownerCost", 800.0);
    fixture.complete(d, "drawUpConnectionPlan", plan);
    assertThat(fixture.complete(d, "ownerAgreement", Map.of("ownerDecision", "REVISE", "ownerRefusalReason", "Te duur")))
        .containsExactly(COOP);
    assertThat(d).isWaitingAt("drawUpConnectionPlan");
    assertThat(runtime.getVariable(d.getId(), "ownerRefusalReason")).isEqualTo("Te duur");
    fixture.complete(d, "drawUpConnectionPlan", Map.of("ownerCost", 0.0));
    fixture.complete(d, "ownerAgreement", Map.of("ownerDecision", "AGREE"));
    fixture.runJobs();
    assertThat(d).isWaitingAt("awaitTrainsPlanned");
  }
}
