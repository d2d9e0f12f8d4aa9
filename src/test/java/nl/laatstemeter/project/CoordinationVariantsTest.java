package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static nl.laatstemeter.form.FormFixture.MUNI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Block 1.1: one coordinator, a coordinator per phase, or joint decisions with a way back. */
class CoordinationVariantsTest extends ProjectProcessTest {

  static final Map<String, Object> APPROVE = Map.of("approval", "APPROVED");


  private ProjectDriver start(FormFixture form) {
    return ProjectDriver.start(engine, projects, json, form, "Regie");
  }

  @Test
  void centralCoordinationByTheMunicipalityGivesItEveryCoordinatorTask() {
    ProjectDriver p = start(FormFixture.recommended().with("buildingBlocks.coordination.coordinator", "MUNICIPALITY"));
    assertThat(p.groupsOf("draftDeclarationOfIntent")).containsExactly(MUNI);
    ProjectSteps.declare(p);
    assertThat(p.groupsOf("recordCollaborationForm")).containsExactly(MUNI);
    ProjectSteps.recordForm(p);
    assertThat(p.groupsOf("selectFromFramework")).containsExactly(MUNI);
    ProjectSteps.selectFromFramework(p, INSTALLER);
    ProjectSteps.confirm(p);
    ProjectSteps.signAgreement(p);
    assertThat(p.groupsOf("informUtilities")).containsExactly(MUNI);
    assertThat(p.instance).hasNotPassed("approveCollaborationForm");
  }

  @Test
  void varyingCoordinationHandsEachPhaseToItsOwnCoordinator() {
    ProjectDriver p = start(FormFixture.recommended()
        .with("buildingBlocks.coordination.mode", "VARYING")
        .with("buildingBlocks.coordination.coordinator", null)
        .with("buildingBlocks.coordination.byPhase.PREPARATION", "MUNICIPALITY")
        .with("buildingBlocks.coordination.byPhase.TENDER", "HEAT_COMPANY")
        .with("buildingBlocks.coordination.byPhase.INSPECTION", "HOUSING_ASSOCIATION")
        .with("buildingBlocks.coordination.byPhase.COMMUNICATION", "HEAT_COOPERATIVE")
        .with("buildingBlocks.coordination.byPhase.EXECUTION", "INSTALLER")
        .with("buildingBlocks.coordination.byPhase.AFTERCARE", "HEAT_COMPANY"));
    assertThat(p.groupsOf("draftDeclarationOfIntent")).containsExactly(MUNI);
    ProjectSteps.declare(p);
    assertThat(p.groupsOf("recordCollaborationForm")).containsExactly(MUNI);
    ProjectSteps.recordForm(p);
    assertThat(p.groupsOf("selectFromFramework")).containsExactly(HEAT);
    ProjectSteps.selectFromFramework(p, INSTALLER);
    ProjectSteps.confirm(p);
    ProjectSteps.signAgreement(p);
    assertThat(p.groupsOf("informUtilities")).containsExactly(MUNI);
    ProjectSteps.informUtilities(p);
    ProjectSteps.design(p);
    ProjectSteps.meetResidents(p);
    ProjectSteps.soundingBoard(p);
    p.runDueJobs();
    assertThat(p.groupsOf("planTrains")).containsExactly(INSTALLER);
    assertThat(p.instance).hasNotPassed("approveCollaborationForm", "approveTrainPlanning");
  }

  @Test
  void sharedCoordinationLetsEveryPartyApproveEachDecisionAndARejectionSendsItBack() {
    ProjectDriver p = start(FormFixture.recommended()
        .with("buildingBlocks.coordination.mode", "SHARED")
        .with("buildingBlocks.coordination.coordinator", null)
        .with("buildingBlocks.coordination.initiator", "HOUSING_ASSOCIATION"));
    assertThat(p.groupsOf("draftDeclarationOfIntent")).containsExactly(HOUSING);
    ProjectSteps.declare(p);
    assertThat(p.groupsOf("recordCollaborationForm")).containsExactly(HOUSING);
    ProjectSteps.recordForm(p);

    // the installer is not in the team before its award
    assertThat(p.eachPartyGroups("approveDecision")).containsExactlyInAnyOrder(COOP, HOUSING, MUNI, HEAT);
    Task municipality = p.taskOf("approveDecision", MUNI);
    assertThat(taskService.getVariable(municipality.getId(), "decisionLabel")).isEqualTo("Samenwerkingsvorm");
    assertThat((String) taskService.getVariable(municipality.getId(), "decisionSummary")).contains("verdeelde regie");
    taskService.complete(p.taskOf("approveDecision", HEAT).getId(), APPROVE);
    assertThatThrownBy(() -> taskService.complete(municipality.getId(), Map.of("approval", "REJECTED")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reden");
    taskService.complete(municipality.getId(), Map.of("approval", "REJECTED",
        "rejectionReason", "De gemeente wil de communicatie zelf doen."));

    // one rejection ends the round: back to the drafting party with the reason
    assertThat(p.tasks("approveDecision")).isEmpty();
    assertThat(p.groupsOf("recordCollaborationForm")).containsExactly(HOUSING);
    assertThat((String) p.variable("rejectionReasons")).contains(MUNI + ": De gemeente wil de communicatie zelf doen.");
    ProjectSteps.recordForm(p);
    p.completeAll("approveDecision", APPROVE);
    assertThat(p.variable("rejectionReasons")).isEqualTo("");

    // the award is a joint decision too, still without the installer
    assertThat(p.groupsOf("selectFromFramework")).containsExactly(HOUSING);
    ProjectSteps.selectFromFramework(p, INSTALLER);
    Task award = p.taskOf("approveDecision", COOP);
    assertThat((String) taskService.getVariable(award.getId(), "decisionSummary")).contains("gegund aan " + INSTALLER);
    assertThat(p.eachPartyGroups("approveDecision")).containsExactlyInAnyOrder(COOP, HOUSING, MUNI, HEAT);
    p.completeAll("approveDecision", APPROVE);
    ProjectSteps.confirm(p);
    assertThat(p.instance).hasPassed("approveCollaborationForm", "tenderFromStart");

    ProjectSteps.untilDwellingsStarted(p);

    // after its award the installer takes part in the decisions
    assertThat(p.groupsOf("planTrains")).containsExactly(HOUSING);
    ProjectSteps.planTrains(p);
    assertThat(p.eachPartyGroups("approveDecision")).containsExactlyInAnyOrder(COOP, HOUSING, INSTALLER, MUNI, HEAT);
    taskService.complete(p.taskOf("approveDecision", INSTALLER).getId(), Map.of("approval", "REJECTED",
        "rejectionReason", "Treintjes van 5 zijn te groot voor onze ploegen."));
    assertThat(p.groupsOf("planTrains")).containsExactly(HOUSING);
    assertThat(p.variable("trainsPlanned")).isNull();
    ProjectSteps.planTrains(p);
    p.completeAll("approveDecision", APPROVE);
    p.runDueJobs();
    assertThat(p.variable("trainsPlanned")).isEqualTo(true);
    assertThat(p.groupsOf("handOverToOperations")).containsExactly(HEAT);
  }
}
