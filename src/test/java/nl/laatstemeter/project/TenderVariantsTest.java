package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
import static nl.laatstemeter.form.FormFixture.INDOOR;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static nl.laatstemeter.form.FormFixture.MUNI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.WorkPackage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** Block 3.2 (tender method, split) against block 2.2 (installer timing): when the tender falls and who confirms. */
class TenderVariantsTest extends ProjectProcessTest {

  static final String INSPECTION_INSTALLER = "installateur-schouw-demo";

  private ProjectDriver start(FormFixture form) {
    return ProjectDriver.start(engine, projects, json, form, "Aanbesteding");
  }

  /** The installer chosen later: its tender waits for the sign-up deadline (required under LATER). */
  private static FormFixture later(FormFixture form) {
    return form.with("buildingBlocks.installer.timing", "LATER")
        .with("context.signUpDeadline", LocalDate.now().plusDays(21).toString());
  }

  @Test
  void adHocTenderFromTheStartWaitsForTheBidDeadlineAndEndsWithTheAward() {
    ProjectDriver p = start(FormFixture.recommended().with("buildingBlocks.tender.method", "AD_HOC"));
    ProjectSteps.declare(p);
    ProjectSteps.recordForm(p);

    assertThat(p.groupsOf("prepareTender")).containsExactly(HEAT);
    assertThatThrownBy(() -> p.complete("prepareTender", Map.of("tenderDescription", "Aansluiten",
        "bidDeadline", LocalDate.now().minusDays(1).toString())))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ligt in het verleden");
    LocalDate deadline = LocalDate.now().plusDays(14);
    p.complete("prepareTender", Map.of("tenderDescription", "Aansluiten", "bidDeadline", deadline.toString()));

    // bids come in until the end of the deadline day
    assertThat(p.tasks("evaluateBids")).isEmpty();
    assertThat(p.timer("bidDeadlinePassed").getDuedate())
        .isEqualTo(Date.from(deadline.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()));
    p.fireTimer("bidDeadlinePassed");

    assertThat(p.groupsOf("evaluateBids")).containsExactly(HEAT);
    assertThatThrownBy(() -> ProjectSteps.evaluateBids(p, "bestaat-niet"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Organisatie 'bestaat-niet' bestaat niet");
    ProjectSteps.evaluateBids(p, INSTALLER);
    assertThat(p.eachPartyGroups("confirmAssignment")).containsExactly(INSTALLER);
    ProjectSteps.confirm(p);
    assertThat(p.eachPartyGroups("signCollaborationAgreement")).contains(INSTALLER);
    assertThat(p.instance).hasPassed("tenderFromStart").hasNotPassed("tenderBeforeInspections");
  }

  @Test
  void integratedInstallerFromTheStartSignsTheDeclarationAndOnlyConfirms() {
    ProjectDriver p = start(FormFixture.recommended().with("buildingBlocks.tender.method", "INTEGRATED"));
    assertThat(p.variable("installerJoined")).isEqualTo(true);
    p.complete("draftDeclarationOfIntent", Map.of("declarationOfIntent", "Samen met onze vaste installateur."));
    assertThat(p.eachPartyGroups("signDeclarationOfIntent")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    p.completeAll("signDeclarationOfIntent", ProjectSteps.SIGNATURE);
    ProjectSteps.recordForm(p);

    assertThat(p.eachPartyGroups("confirmAssignment")).containsExactly(INSTALLER);
    ProjectSteps.confirm(p);
    assertThat(p.eachPartyGroups("signCollaborationAgreement")).contains(INSTALLER);
    assertThat(p.instance).hasNotPassed("prepareTender", "evaluateBids", "selectFromFramework");
  }

  @Test
  void adHocTenderForALaterInstallerComesAfterTheDwellingsStartAndNamesTheInstaller() {
    FormFixture form = later(FormFixture.recommended()).with("buildingBlocks.tender.method", "AD_HOC")
        .with("parties.INSTALLER", null);
    ProjectDriver p = start(form);
    p.complete("draftDeclarationOfIntent", Map.of("declarationOfIntent", "Samen sluiten wij de wijk aan."));
    assertThat(p.eachPartyGroups("signDeclarationOfIntent")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, COOP);
    p.completeAll("signDeclarationOfIntent", ProjectSteps.SIGNATURE);
    ProjectSteps.recordForm(p);

    // not in the team: no tender now, signs nothing, does not design
    assertThat(p.eachPartyGroups("signCollaborationAgreement")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, COOP);
    ProjectSteps.signAgreement(p);
    ProjectSteps.informUtilities(p);
    assertThat(p.groupsOf("designConnectionMethods")).containsExactly(HEAT);
    ProjectSteps.design(p);
    ProjectSteps.meetResidents(p);
    ProjectSteps.soundingBoard(p);
    p.runDueJobs();
    assertThat(p.instance).isWaitingAt("signUpDeadlinePassed");
    p.fireTimer("signUpDeadlinePassed");

    // the number of dwellings is known: tender, inspections wait for the award
    assertThat(p.instance).hasPassed("startDwellings");
    assertThat(p.groupsOf("prepareTender")).containsExactly(HEAT);
    assertThat(p.variable("inspectionsMayStart")).isNull();
    ProjectSteps.prepareTender(p);
    p.fireTimer("bidDeadlinePassed");
    ProjectSteps.evaluateBids(p, INSTALLER);
    assertThat(p.eachPartyGroups("confirmAssignment")).containsExactly(INSTALLER);
    ProjectSteps.confirm(p);
    p.runDueJobs();

    assertThat(p.form().parties()).containsEntry(Role.INSTALLER, INSTALLER);
    assertThat(p.variable("installerJoined")).isEqualTo(true);
    assertThat(p.variable("inspectionsMayStart")).isEqualTo(true);
    assertThat(p.instance).hasPassedInOrder("tenderBeforeInspections", "signalInstallerAwarded",
        "signalInspectionsMayStartAfterAward").hasNotPassed("tenderFromStart");
    assertThat(p.groupsOf("planTrains")).containsExactly(HEAT);
  }

  @Test
  void frameworkTenderWithTwoInspectionRoundsFallsAfterTheGlobalInspectionsAndNamesWorkPackages() {
    FormFixture form = later(FormFixture.recommended()).with("buildingBlocks.inspection.rounds", "TWICE")
        .with("buildingBlocks.installer.count", "MULTIPLE").with("parties.INSTALLER", null);
    ProjectDriver p = start(form);
    ProjectSteps.declare(p);
    ProjectSteps.recordForm(p);
    ProjectSteps.untilDwellingsStarted(p);
    p.fireTimer("signUpDeadlinePassed");

    // the global inspections run without the installer; the tender waits for them
    assertThat(p.variable("inspectionsMayStart")).isEqualTo(true);
    assertThat(p.variable("installerJoined")).isEqualTo(false);
    assertThat(p.instance).hasPassed("signalGlobalInspectionsMayStart", "globalInspectionsDone");
    assertThat(p.groupsOf("selectFromFramework")).containsExactly(HEAT);
    p.complete("selectFromFramework", Map.of("frameworkAgreement", "RO-7", "tenderOutcome", "SELECTED", "awardedInstaller", INSTALLER,
        "indoorInstaller", INDOOR, "awardRationale", "twee specialisten"));
    assertThat(p.eachPartyGroups("confirmAssignment")).containsExactlyInAnyOrder(INSTALLER, INDOOR);
    ProjectSteps.confirm(p);
    p.runDueJobs();

    assertThat(p.variable("installerJoined")).isEqualTo(true);
    assertThat(p.form().installerPackages()).containsEntry(WorkPackage.INDOOR, INDOOR);
    assertThat(p.instance).hasPassedInOrder("tenderAfterGlobalInspections", "signalInstallerAwardedAfterGlobal");
    assertThat(p.groupsOf("planTrains")).containsExactly(HEAT);
  }

  @Test
  void integratedInstallerInvolvedLaterOnlyConfirmsOnceTheDwellingsAreKnown() {
    ProjectDriver p = start(later(FormFixture.recommended()).with("buildingBlocks.tender.method", "INTEGRATED"));
    assertThat(p.variable("installerJoined")).isEqualTo(false);
    p.complete("draftDeclarationOfIntent", Map.of("declarationOfIntent", "Samen sluiten wij de wijk aan."));
    assertThat(p.eachPartyGroups("signDeclarationOfIntent")).doesNotContain(INSTALLER);
    p.completeAll("signDeclarationOfIntent", ProjectSteps.SIGNATURE);
    ProjectSteps.recordForm(p);
    assertThat(p.eachPartyGroups("signCollaborationAgreement")).doesNotContain(INSTALLER);
    ProjectSteps.untilDwellingsStarted(p);
    p.fireTimer("signUpDeadlinePassed");

    assertThat(p.eachPartyGroups("confirmAssignment")).containsExactly(INSTALLER);
    ProjectSteps.confirm(p);
    p.runDueJobs();
    assertThat(p.variable("installerJoined")).isEqualTo(true);
    assertThat(p.instance).hasPassed("tenderBeforeInspections")
        .hasNotPassed("prepareTender", "evaluateBids", "selectFromFramework");
  }

  @Test
  void splitTenderContractsTheInspectionWorkFirstAndTheInstallationSecond() {
    ProjectDriver p = start(FormFixture.recommended().with("buildingBlocks.tender.method", "AD_HOC")
        .with("buildingBlocks.tender.split", true));
    ProjectSteps.declare(p);
    ProjectSteps.recordForm(p);

    assertThat(p.variable("installerJoined")).isEqualTo(false);
    ProjectSteps.prepareTender(p);
    p.fireTimer("bidDeadlinePassed");
    assertThat(engine.getTaskService().getVariable(p.task("evaluateBids").getId(), "tenderLot")).isEqualTo("INSPECTION");
    ProjectSteps.evaluateBids(p, INSPECTION_INSTALLER);
    assertThat(p.eachPartyGroups("confirmAssignment")).containsExactly(INSPECTION_INSTALLER);
    ProjectSteps.confirm(p);
    assertThat(p.form().installerPackages()).containsEntry(WorkPackage.INSPECTION, INSPECTION_INSTALLER);

    // second award: the installation
    assertThat(p.groupsOf("prepareTender")).containsExactly(HEAT);
    ProjectSteps.prepareTender(p);
    p.fireTimer("bidDeadlinePassed");
    assertThat(engine.getTaskService().getVariable(p.task("evaluateBids").getId(), "tenderLot")).isEqualTo("INSTALLATION");
    ProjectSteps.evaluateBids(p, INSTALLER);
    assertThat(p.eachPartyGroups("confirmAssignment")).containsExactly(INSTALLER);
    ProjectSteps.confirm(p);

    assertThat(p.form().parties()).containsEntry(Role.INSTALLER, INSTALLER);
    assertThat(p.variable("installerJoined")).isEqualTo(true);
    assertThat(p.eachPartyGroups("signCollaborationAgreement")).contains(INSTALLER).doesNotContain(INSPECTION_INSTALLER);
  }
}
