package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static nl.laatstemeter.form.FormFixture.MUNI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import nl.laatstemeter.form.FormFixture;
import org.junit.jupiter.api.Test;

/**
 * The path of {@code connectionProject} under the report's recommended form and its structure
 * and communication variants, each with the candidate groups of every task on the way.
 */
class ConnectionProjectTest extends ProjectProcessTest {


  private ProjectDriver start(FormFixture form) {
    return ProjectDriver.start(engine, projects, json, form, "Testwijk");
  }

  @Test
  void recommendedFormRunsFromDeclarationToEvaluationWithEveryTaskAtItsParty() {
    ProjectDriver p = start(FormFixture.recommended());
    assertThat(p.instance).isWaitingAt("draftDeclarationOfIntent");
    assertThat(p.groupsOf("draftDeclarationOfIntent")).containsExactly(HEAT);
    p.complete("draftDeclarationOfIntent", Map.of("declarationOfIntent", "Samen sluiten wij de wijk aan."));

    // a framework installer is not a fixed partner: it does not sign the declaration of intent
    assertThat(p.eachPartyGroups("signDeclarationOfIntent")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, COOP);
    p.completeAll("signDeclarationOfIntent", ProjectSteps.SIGNATURE);

    assertThat(p.groupsOf("recordCollaborationForm")).containsExactly(HEAT);
    ProjectSteps.recordForm(p);

    // FROM_START: the tender comes right after the collaboration form
    assertThat(p.groupsOf("selectFromFramework")).containsExactly(HEAT);
    assertThat(p.variable("installerJoined")).isEqualTo(false);
    ProjectSteps.selectFromFramework(p, INSTALLER);
    assertThat(p.eachPartyGroups("confirmAssignment")).containsExactly(INSTALLER);
    ProjectSteps.confirm(p);
    assertThat(p.variable("installerJoined")).isEqualTo(true);

    // FORMAL_*: the agreement, signed by the installer too
    assertThat(p.eachPartyGroups("signCollaborationAgreement")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    ProjectSteps.signAgreement(p);
    assertThat(p.groupsOf("informUtilities")).containsExactly(HEAT);
    ProjectSteps.informUtilities(p);
    assertThat(p.groupsOf("designConnectionMethods")).containsExactlyInAnyOrder(HEAT, INSTALLER);
    ProjectSteps.design(p);
    assertThat(p.variable("connectionMethods")).isEqualTo("[\"Via de kruipruimte\",\"Via de gevel\"]");

    // CENTRAL_ACTIVE with the cooperative as the single contact point
    assertThat(p.eachPartyGroups("residentInformationMeeting")).containsExactly(COOP);
    ProjectSteps.meetResidents(p);
    assertThat(p.groupsOf("setUpSoundingBoard")).containsExactly(COOP);
    ProjectSteps.soundingBoard(p);

    assertThat(p.instance).isWaitingAt("startDwellings");
    p.runDueJobs();
    // no threshold: no go/no-go; no sample; the installer is in: inspections may start
    assertThat(p.variable("inspectionsMayStart")).isEqualTo(true);
    assertThat(p.groupsOf("planTrains")).containsExactly(HEAT);
    ProjectSteps.planTrains(p);
    assertThat(p.variable("firstDate")).isInstanceOf(String.class);
    assertThat(p.variable("trainSize")).isEqualTo(5);
    assertThat(p.variable("bufferPercentage")).isEqualTo(20);
    p.runDueJobs();
    assertThat(p.variable("trainsPlanned")).isEqualTo(true);

    // no dwellings: all connected at once
    assertThat(p.groupsOf("handOverToOperations")).containsExactly(HEAT);
    ProjectSteps.handOver(p);
    assertThat(p.eachPartyGroups("evaluateCollaboration")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    ProjectSteps.evaluate(p);
    assertThat(p.instance).isEnded();
    assertThat(p.instance).hasPassedInOrder("draftDeclarationOfIntent", "signDeclarationOfIntent",
        "recordCollaborationForm", "tenderFromStart", "signCollaborationAgreement", "informUtilities",
        "designConnectionMethods", "residentInformationMeeting", "setUpSoundingBoard", "startDwellings",
        "signalInspectionsMayStart", "planTrains", "assignPlannedDates", "signalTrainsPlanned",
        "handOverToOperations", "evaluateCollaboration", "projectCompleted");
    assertThat(p.instance).hasNotPassed("signUpDeadlinePassed", "selectInspectionSample", "extrapolateBudget",
        "approveCollaborationForm", "reviewConnectionMethods");
  }
}
