package nl.laatstemeter.routing;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
import static nl.laatstemeter.form.FormFixture.INDOOR;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static nl.laatstemeter.form.FormFixture.MUNI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.form.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The routing of DOMAIN.md section 5 under each option of each building block. */
@EngineTest
class RoutingServiceTest {

  @Autowired RoutingService routing;

  private Responsibility task(FormFixture form, String task) {
    return only(routing.evaluate(form.form()), task, null);
  }

  private static Responsibility only(List<Responsibility> all, String task, Ownership ownership) {
    List<Responsibility> found = all.stream()
        .filter(r -> r.task().equals(task) && (ownership == null || r.ownership() == ownership)).toList();
    assertThat(found).as(task + " " + ownership).hasSize(1);
    return found.get(0);
  }

  private boolean occurs(FormFixture form, String task) {
    return routing.evaluate(form.form()).stream().anyMatch(r -> r.task().equals(task));
  }

  // ---- 1.1 coordination

  @Test
  void centralCoordinatorGetsEveryCoordinatorTask() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.coordination.coordinator", "MUNICIPALITY");
    for (String task : List.of("draftDeclarationOfIntent", "recordCollaborationForm", "informUtilities", "selectFromFramework", "planTrains")) {
      assertThat(task(form, task).groups()).as(task).containsExactly(MUNI);
    }
    assertThat(occurs(form, "approveDecision")).isFalse();
  }

  @Test
  void varyingCoordinationRoutesCoordinatorTasksToTheRoleOfTheirPhase() {
    FormFixture form = FormFixture.recommended()
        .with("buildingBlocks.coordination.mode", "VARYING")
        .with("buildingBlocks.coordination.byPhase.PREPARATION", "MUNICIPALITY")
        .with("buildingBlocks.coordination.byPhase.TENDER", "HEAT_COMPANY")
        .with("buildingBlocks.coordination.byPhase.INSPECTION", "HOUSING_ASSOCIATION")
        .with("buildingBlocks.coordination.byPhase.COMMUNICATION", "HEAT_COOPERATIVE")
        .with("buildingBlocks.coordination.byPhase.EXECUTION", "INSTALLER")
        .with("buildingBlocks.coordination.byPhase.AFTERCARE", "HEAT_COMPANY")
        .with("buildingBlocks.inspection.scope", "SAMPLE");
    assertThat(task(form, "draftDeclarationOfIntent").groups()).containsExactly(MUNI);
    assertThat(task(form, "selectFromFramework").groups()).containsExactly(HEAT);
    assertThat(task(form, "selectInspectionSample").groups()).containsExactly(HOUSING);
    assertThat(task(form, "planTrains").groups()).containsExactly(INSTALLER);
  }

  @Test
  void sharedCoordinationLetsTheInitiatorDraftAndEveryPartyApprove() {
    FormFixture form = FormFixture.recommended()
        .with("buildingBlocks.coordination.mode", "SHARED")
        .with("buildingBlocks.coordination.coordinator", null)
        .with("buildingBlocks.coordination.initiator", "HOUSING_ASSOCIATION");
    assertThat(task(form, "recordCollaborationForm").groups()).containsExactly(HOUSING);
    Responsibility approve = task(form, "approveDecision");
    assertThat(approve.eachParty()).isTrue();
    assertThat(approve.groups()).containsExactly(HEAT, MUNI, HOUSING, INSTALLER, COOP);
  }

  // ---- 1.2 structure

  @Test
  void formalStructureAddsAnAgreementSignedByEachPartyIncludingAnInstallerFromTheStart() {
    Responsibility sign = task(FormFixture.recommended(), "signCollaborationAgreement");
    assertThat(sign.eachParty()).isTrue();
    assertThat(sign.groups()).containsExactly(HEAT, MUNI, HOUSING, INSTALLER, COOP);
  }

  @Test
  void installerInvolvedLaterSignsNoAgreement() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.installer.timing", "LATER");
    assertThat(task(form, "signCollaborationAgreement").groups()).containsExactly(HEAT, MUNI, HOUSING, COOP);
  }

  @Test
  void informalStructureHasNoAgreement() {
    assertThat(occurs(FormFixture.recommended().with("buildingBlocks.structure", "INFORMAL"), "signCollaborationAgreement")).isFalse();
  }

  @Test
  void buildingTeamLetsTheInstallerCoDesignEvenWhenLate() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.structure", "FORMAL_BUILDING_TEAM")
        .with("buildingBlocks.installer.timing", "LATER");
    assertThat(task(form, "designConnectionMethods").roles()).containsExactly(Role.HEAT_COMPANY, Role.INSTALLER);
  }

  @Test
  void chainCollaborationLetsEachPartyReviewTheConnectionMethods() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.structure", "FORMAL_CHAIN");
    Responsibility review = task(form, "reviewConnectionMethods");
    assertThat(review.eachParty()).isTrue();
    assertThat(review.groups()).containsExactly(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    assertThat(occurs(FormFixture.recommended(), "reviewConnectionMethods")).isFalse();
  }

  // ---- 2.1 heat company scope

  @Test
  void deliverySetGoesToInstallerWhenHeatCompanyStopsAtFacade() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.heatCompanyScope", "TO_FACADE");
    assertThat(task(form, "installDeliverySet").groups()).containsExactly(INSTALLER);
    assertThat(task(form, "adaptIndoorInstallation").groups()).containsExactly(INSTALLER);
    assertThat(task(form, "transferDeliverySet").groups()).containsExactly(HEAT);
    assertThat(occurs(form, "indoorWorksContract")).isFalse();
  }

  @Test
  void heatCompanyPlacesDeliverySetUpToDeliverySetAndInstallerDoesIndoorWork() {
    FormFixture form = FormFixture.recommended();
    assertThat(task(form, "connectToFacade").groups()).containsExactly(HEAT);
    assertThat(task(form, "installDeliverySet").groups()).containsExactly(HEAT);
    assertThat(task(form, "adaptIndoorInstallation").groups()).containsExactly(INSTALLER);
    assertThat(occurs(form, "transferDeliverySet")).isFalse();
  }

  @Test
  void fullScopeGivesHeatCompanyTheIndoorWorkAndAContractWithTheOwner() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.heatCompanyScope", "FULL");
    assertThat(task(form, "adaptIndoorInstallation").groups()).containsExactly(HEAT);
    assertThat(task(form, "indoorWorksContract").groups()).containsExactly(HEAT);
  }

  // ---- 2.2 installer

  @Test
  void installerFromTheStartDrawsUpConnectionPlansAndCoDesigns() {
    FormFixture form = FormFixture.recommended();
    assertThat(task(form, "drawUpConnectionPlan").groups()).containsExactly(INSTALLER);
    assertThat(task(form, "designConnectionMethods").groups()).containsExactly(HEAT, INSTALLER);
  }

  @Test
  void heatCompanyDrawsUpPlansWhenTheInstallerComesLater() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.installer.timing", "LATER").with("parties.INSTALLER", null);
    assertThat(task(form, "drawUpConnectionPlan").groups()).containsExactly(HEAT);
    assertThat(task(form, "designConnectionMethods").groups()).containsExactly(HEAT);
    assertThat(task(form, "evaluateCollaboration").groups()).containsExactly(HEAT, MUNI, HOUSING, COOP);
  }

  @Test
  void integratedInstallerFromTheStartSignsTheDeclarationOfIntent() {
    FormFixture integrated = FormFixture.recommended().with("buildingBlocks.tender.method", "INTEGRATED");
    assertThat(task(integrated, "signDeclarationOfIntent").groups()).containsExactly(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    assertThat(task(FormFixture.recommended(), "signDeclarationOfIntent").groups()).containsExactly(HEAT, MUNI, HOUSING, COOP);
  }

  @Test
  void multipleInstallersGetTheirWorkPackagesAndTheLeadTheRest() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.installer.count", "MULTIPLE")
        .with("buildingBlocks.heatCompanyScope", "TO_FACADE")
        .with("installerPackages.INDOOR", INDOOR)
        .with("installerPackages.INSPECTION", "schouwbedrijf-demo");
    assertThat(task(form, "adaptIndoorInstallation").groups()).containsExactly(INDOOR);
    assertThat(task(form, "installDeliverySet").groups()).containsExactly(INSTALLER);
    assertThat(task(form, "inspectDwelling").groups()).containsExactly("schouwbedrijf-demo");
    assertThat(task(form, "drawUpConnectionPlan").groups()).containsExactly(INSTALLER);
    Responsibility confirm = task(form, "confirmAssignment");
    assertThat(confirm.eachParty()).isTrue();
    assertThat(confirm.groups()).containsExactlyInAnyOrder(INSTALLER, INDOOR, "schouwbedrijf-demo");
  }

  // ---- 3.1 inspection

  @Test
  void inspectionGoesToInstallerWhenInvolvedFromStart() {
    FormFixture form = FormFixture.recommended();
    assertThat(task(form, "inspectDwelling").groups()).containsExactly(INSTALLER);
    assertThat(occurs(form, "kitchenTableTalk")).isFalse();
  }

  @Test
  void inspectionGoesToTheInspectionCoordinatorWhenTheInstallerComesLater() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.installer.timing", "LATER");
    assertThat(task(form, "inspectDwelling").groups()).containsExactly(HEAT);
  }

  @Test
  void explicitInspectionPartyIsHonoured() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.party", "HOUSING_ASSOCIATION");
    assertThat(task(form, "inspectDwelling").groups()).containsExactly(HOUSING);
  }

  @Test
  void multipleInspectingPartiesEachGetATaskAndTheHousingAssociationOnlyForCorporateDwellings() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.parties", "MULTIPLE")
        .with("buildingBlocks.inspection.party", "INSTALLER");
    List<Responsibility> all = routing.evaluate(form.form());
    Responsibility corporate = only(all, "inspectDwelling", Ownership.CORPORATE);
    Responsibility priv = only(all, "inspectDwelling", Ownership.PRIVATE);
    assertThat(corporate.eachParty()).isTrue();
    assertThat(corporate.groups()).containsExactly(HEAT, MUNI, HOUSING, INSTALLER);
    assertThat(priv.groups()).containsExactly(HEAT, MUNI, INSTALLER);
    assertThat(only(all, "kitchenTableTalk", null).groups()).containsExactly(COOP);
  }

  @Test
  void twoRoundsMeanAGlobalInspectionByTheCoordinatorAndADetailedOneByTheInstaller() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.rounds", "TWICE");
    assertThat(occurs(form, "inspectDwelling")).isFalse();
    assertThat(task(form, "inspectDwellingGlobal").groups()).containsExactly(HEAT);
    assertThat(task(form, "inspectDwellingDetailed").groups()).containsExactly(INSTALLER);
    assertThat(task(form, "kitchenTableTalk").groups()).containsExactly(COOP);
  }

  @Test
  void globalInspectionByMultiplePartiesLeavesOutAnInstallerNotYetChosen() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.parties", "MULTIPLE")
        .with("buildingBlocks.inspection.rounds", "TWICE").with("buildingBlocks.installer.timing", "LATER");
    List<Responsibility> all = routing.evaluate(form.form());
    assertThat(only(all, "inspectDwellingGlobal", Ownership.CORPORATE).groups()).containsExactly(HEAT, MUNI, HOUSING);
    assertThat(only(all, "inspectDwellingGlobal", Ownership.PRIVATE).groups()).containsExactly(HEAT, MUNI);
    assertThat(only(all, "inspectDwellingDetailed", null).groups()).containsExactly(INSTALLER);
  }

  @Test
  void sampleInspectionAddsSampleSelectionAndBudgetExtrapolation() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.scope", "SAMPLE");
    assertThat(task(form, "selectInspectionSample").groups()).containsExactly(HEAT);
    assertThat(task(form, "extrapolateBudget").groups()).containsExactly(HEAT);
    assertThat(task(form, "kitchenTableTalk").groups()).containsExactly(COOP);
    assertThat(occurs(FormFixture.recommended(), "selectInspectionSample")).isFalse();
  }

  // ---- 3.2 tender

  @Test
  void adHocTenderHasPreparationAndEvaluationByTheTenderCoordinator() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.tender.method", "AD_HOC");
    assertThat(task(form, "prepareTender").groups()).containsExactly(HEAT);
    assertThat(task(form, "evaluateBids").groups()).containsExactly(HEAT);
    assertThat(occurs(form, "selectFromFramework")).isFalse();
  }

  @Test
  void frameworkTenderIsACallOffAndIntegratedHasNoTender() {
    assertThat(occurs(FormFixture.recommended(), "selectFromFramework")).isTrue();
    FormFixture integrated = FormFixture.recommended().with("buildingBlocks.tender.method", "INTEGRATED");
    assertThat(occurs(integrated, "selectFromFramework")).isFalse();
    assertThat(occurs(integrated, "prepareTender")).isFalse();
    assertThat(task(integrated, "confirmAssignment").groups()).containsExactly(INSTALLER);
  }

  // ---- 3.3 communication

  @Test
  void centralActiveCommunicationHasOneContactPointAndASoundingBoard() {
    FormFixture form = FormFixture.recommended();
    for (String task : List.of("residentInformationMeeting", "setUpSoundingBoard", "aftercareContact", "handleResidentReport", "informResidentOffline")) {
      assertThat(task(form, task).groups()).as(task).containsExactly(COOP);
    }
  }

  @Test
  void centralPassiveHasNoSoundingBoardAndKitchenTableTalksOnlyWhenFlagged() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.communication.approach", "CENTRAL_PASSIVE")
        .with("buildingBlocks.inspection.rounds", "TWICE");
    assertThat(occurs(form, "setUpSoundingBoard")).isFalse();
    assertThat(task(form, "kitchenTableTalk").groups()).containsExactly(COOP);
  }

  @Test
  void distributedCommunicationLetsEachPartyInformResidentsAndTheHeatCompanyTakeTheRest() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.communication.approach", "DISTRIBUTED");
    Responsibility meeting = task(form, "residentInformationMeeting");
    assertThat(meeting.eachParty()).isTrue();
    assertThat(meeting.groups()).containsExactly(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    assertThat(task(form, "aftercareContact").groups()).containsExactly(HEAT);
    assertThat(task(form, "informResidentOffline").groups()).containsExactly(HEAT);
  }

  @Test
  void communicationPartyDefaultsToCooperativeThenHousingAssociationThenCoordinator() {
    FormFixture withCoop = FormFixture.recommended().with("buildingBlocks.communication.party", null);
    assertThat(task(withCoop, "aftercareContact").groups()).containsExactly(COOP);
    FormFixture corporate = withCoop.with("parties.HEAT_COOPERATIVE", null).dwellings("CORPORATE", "CORPORATE", "PRIVATE");
    assertThat(task(corporate, "aftercareContact").groups()).containsExactly(HOUSING);
    FormFixture priv = corporate.dwellings("CORPORATE", "PRIVATE");
    assertThat(task(priv, "aftercareContact").groups()).containsExactly(HEAT);
  }

  // ---- owner side and ownership

  @Test
  void ownerSideIsTheHousingAssociationForCorporateAndTheCommunicationPartyForPrivateDwellings() {
    List<Responsibility> all = routing.evaluate(FormFixture.recommended().form());
    assertThat(only(all, "recordParticipationDecision", Ownership.CORPORATE).groups()).containsExactly(HOUSING);
    assertThat(only(all, "recordParticipationDecision", Ownership.PRIVATE).groups()).containsExactly(COOP);
    assertThat(only(all, "ownerAgreement", Ownership.PRIVATE).groups()).containsExactly(COOP);
    assertThat(only(all, "connectToFacade", null).scope()).isEqualTo("DWELLING");
  }

  @Test
  void onlyOwnershipsPresentAmongTheDwellingsAreListed() {
    List<Responsibility> all = routing.evaluate(FormFixture.recommended().dwellings("PRIVATE", "PRIVATE").form());
    assertThat(all.stream().filter(r -> r.task().equals("recordParticipationDecision")))
        .singleElement().satisfies(r -> assertThat(r.ownership()).isEqualTo(Ownership.PRIVATE));
  }

  @Test
  void goNoGoOccursOnlyWithAParticipationThreshold() {
    assertThat(occurs(FormFixture.recommended(), "decideGoNoGo")).isFalse();
    FormFixture form = FormFixture.recommended().with("context.participationThreshold", 0.5);
    assertThat(task(form, "decideGoNoGo").groups()).containsExactly(HEAT);
  }

  @Test
  void resolvedDefaultsAreWrittenIntoTheForm() {
    CollaborationForm form = routing.resolveDefaults(FormFixture.recommended()
        .with("buildingBlocks.communication.party", null).form());
    assertThat(form.buildingBlocks().communication().party()).isEqualTo(Role.HEAT_COOPERATIVE);
    assertThat(form.buildingBlocks().inspection().party()).isEqualTo(Role.INSTALLER);
  }

  @Test
  void failedTenderDecisionAndEndingAssignmentsGoToTheTenderCoordinatorUnderEveryForm() {
    for (String task : List.of("decideFailedTender", "endAssignment")) {
      Responsibility central = task(FormFixture.recommended(), task);
      assertThat(central.phase()).isEqualTo(nl.laatstemeter.form.Phase.TENDER);
      assertThat(central.eachParty()).isFalse();
      assertThat(central.groups()).containsExactly(HEAT);
      assertThat(task(FormFixture.recommended().with("buildingBlocks.tender.method", "INTEGRATED"), task).groups())
          .containsExactly(HEAT);
      assertThat(task(FormFixture.recommended().with("buildingBlocks.coordination.mode", "SHARED")
          .with("buildingBlocks.coordination.coordinator", null)
          .with("buildingBlocks.coordination.initiator", "MUNICIPALITY"), task).groups()).containsExactly(MUNI);
    }
  }

  @Test
  void everyOtherTaskOfTheCatalogueOccursUnderTheRecommendedForm() {
    List<String> tasks = routing.evaluate(FormFixture.recommended().form()).stream().map(Responsibility::task).toList();
    assertThat(tasks).contains("draftDeclarationOfIntent", "signDeclarationOfIntent", "recordCollaborationForm",
        "signCollaborationAgreement", "informUtilities", "designConnectionMethods", "selectFromFramework",
        "confirmAssignment", "residentInformationMeeting", "setUpSoundingBoard", "planTrains", "handOverToOperations",
        "evaluateCollaboration", "recordParticipationDecision", "inspectDwelling", "drawUpConnectionPlan",
        "ownerAgreement", "connectToFacade", "installDeliverySet", "adaptIndoorInstallation", "commissionConnection",
        "aftercareContact", "informResidentOffline", "handleResidentReport");
  }

  // ---- section 9: visits without access

  @Test
  void newAppointmentAfterAVisitWithoutAccessIsMadeByTheContactPoint() {
    Responsibility appointment = task(FormFixture.recommended(), "makeNewAppointment");
    assertThat(appointment.groups()).containsExactly(COOP);
    assertThat(appointment.scope()).isEqualTo("DWELLING");
    assertThat(appointment.phase()).isNull();
    assertThat(appointment.eachParty()).isFalse();
  }

  @Test
  void underDistributedCommunicationEveryOrganisationOfAnInHomeTaskMayMakeTheNewAppointment() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.communication.approach", "DISTRIBUTED")
        .with("buildingBlocks.inspection.parties", "MULTIPLE");
    List<Responsibility> all = routing.evaluate(form.form());
    assertThat(only(all, "makeNewAppointment", Ownership.CORPORATE).groups())
        .containsExactlyInAnyOrder(HEAT, INSTALLER, MUNI, HOUSING);
    assertThat(only(all, "makeNewAppointment", Ownership.PRIVATE).groups())
        .containsExactlyInAnyOrder(HEAT, INSTALLER, MUNI);
    // one inspecting party (the installer), no separate kitchen-table talk: heat company and installer
    assertThat(task(FormFixture.recommended().with("buildingBlocks.communication.approach", "DISTRIBUTED"),
        "makeNewAppointment").groups()).containsExactlyInAnyOrder(HEAT, INSTALLER);
  }

  @Test
  void unreachableDwellingIsDecidedByTheCoordinatorsOfInspectionCommunicationAndExecution() {
    assertThat(task(FormFixture.recommended(), "decideUnreachableDwelling").groups()).containsExactly(HEAT);
    FormFixture varying = FormFixture.recommended()
        .with("buildingBlocks.coordination.mode", "VARYING")
        .with("buildingBlocks.coordination.byPhase.PREPARATION", "MUNICIPALITY")
        .with("buildingBlocks.coordination.byPhase.TENDER", "HEAT_COMPANY")
        .with("buildingBlocks.coordination.byPhase.INSPECTION", "HOUSING_ASSOCIATION")
        .with("buildingBlocks.coordination.byPhase.COMMUNICATION", "HEAT_COOPERATIVE")
        .with("buildingBlocks.coordination.byPhase.EXECUTION", "INSTALLER")
        .with("buildingBlocks.coordination.byPhase.AFTERCARE", "HEAT_COMPANY");
    Responsibility decide = task(varying, "decideUnreachableDwelling");
    assertThat(decide.groups()).containsExactly(HOUSING, COOP, INSTALLER);
    assertThat(decide.phase()).isNull();
  }
}
