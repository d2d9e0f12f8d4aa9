package nl.laatstemeter.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.Phase;
import nl.laatstemeter.routing.Responsibility;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.WorkPackage;
import nl.laatstemeter.form.FormFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every finding of DOMAIN.md section 6: a form where it fires and one where it does not. */
@EngineTest
class AdviceServiceTest {

  @Autowired AdviceService adviceService;

  private List<Advice> advise(FormFixture form) {
    return adviceService.advise(form.form());
  }

  private Advice fires(FormFixture form, String code, Severity severity) {
    List<Advice> found = advise(form).stream().filter(a -> a.code().equals(code)).toList();
    assertThat(found).as(code).hasSize(1);
    Advice advice = found.get(0);
    assertThat(advice.severity()).as(code).isEqualTo(severity);
    assertThat(advice.message()).as(code).contains("rapport");
    return advice;
  }

  private void doesNotFire(FormFixture form, String code) {
    assertThat(advise(form)).extracting(Advice::code).as(code).doesNotContain(code);
  }

  private static FormFixture recommended() {
    return FormFixture.recommended();
  }

  private static FormFixture varying(String preparation, String tender, String inspection, String communication,
      String execution, String aftercare) {
    return recommended()
        .with("buildingBlocks.coordination.mode", "VARYING")
        .with("buildingBlocks.coordination.byPhase.PREPARATION", preparation)
        .with("buildingBlocks.coordination.byPhase.TENDER", tender)
        .with("buildingBlocks.coordination.byPhase.INSPECTION", inspection)
        .with("buildingBlocks.coordination.byPhase.COMMUNICATION", communication)
        .with("buildingBlocks.coordination.byPhase.EXECUTION", execution)
        .with("buildingBlocks.coordination.byPhase.AFTERCARE", aftercare);
  }

  private static FormFixture shared(String initiator) {
    return recommended()
        .with("buildingBlocks.coordination.mode", "SHARED")
        .with("buildingBlocks.coordination.initiator", initiator);
  }

  // ---- the recommended form

  @Test
  void recommendedFormHasNoWarningOrError() {
    assertThat(advise(recommended())).extracting(Advice::severity).containsOnly(Severity.INFO);
  }

  @Test
  void fullScopeAsAnExperimentStaysWithoutWarnings() {
    assertThat(advise(recommended().with("buildingBlocks.heatCompanyScope", "FULL")))
        .extracting(Advice::severity).containsOnly(Severity.INFO);
  }

  // ---- 1.1 coordination

  @Test
  void varyingAndSharedCoordinationAreWarnedCentralIsNot() {
    fires(varying("HEAT_COMPANY", "HEAT_COMPANY", "HEAT_COMPANY", "HEAT_COMPANY", "HEAT_COMPANY", "HEAT_COMPANY"),
        "COORDINATION_NOT_CENTRAL", Severity.WARNING);
    fires(shared("HEAT_COMPANY"), "COORDINATION_NOT_CENTRAL", Severity.WARNING);
    doesNotFire(recommended(), "COORDINATION_NOT_CENTRAL");
  }

  @Test
  void housingAssociationCoordinatingMostlyPrivateDwellingsIsWarned() {
    fires(recommended().with("buildingBlocks.coordination.coordinator", "HOUSING_ASSOCIATION")
        .dwellings("PRIVATE", "PRIVATE", "CORPORATE"), "COORDINATOR_HOUSING_ASSOCIATION", Severity.WARNING);
    fires(varying("HEAT_COMPANY", "HEAT_COMPANY", "HOUSING_ASSOCIATION", "HEAT_COMPANY", "HEAT_COMPANY", "HEAT_COMPANY")
        .dwellings("PRIVATE", "CORPORATE"), "COORDINATOR_HOUSING_ASSOCIATION", Severity.WARNING);
  }

  @Test
  void housingAssociationCoordinatingMostlyCorporateDwellingsIsNotWarned() {
    doesNotFire(recommended().with("buildingBlocks.coordination.coordinator", "HOUSING_ASSOCIATION")
        .dwellings("CORPORATE", "CORPORATE", "PRIVATE"), "COORDINATOR_HOUSING_ASSOCIATION");
    doesNotFire(recommended().with("buildingBlocks.coordination.coordinator", "HOUSING_ASSOCIATION"),
        "COORDINATOR_HOUSING_ASSOCIATION");
  }

  @Test
  void installerCoordinatingAnyPhaseIsNoted() {
    fires(varying("HEAT_COMPANY", "HEAT_COMPANY", "HEAT_COMPANY", "HEAT_COMPANY", "INSTALLER", "HEAT_COMPANY"),
        "COORDINATOR_INSTALLER", Severity.INFO);
    doesNotFire(recommended(), "COORDINATOR_INSTALLER");
  }

  @Test
  void municipalityCoordinatingIsNotedForItsDependenceOnSubsidies() {
    Advice advice = fires(shared("MUNICIPALITY"), "COORDINATOR_MUNICIPALITY", Severity.INFO);
    assertThat(advice.message()).contains("subsidies");
    fires(recommended().with("buildingBlocks.coordination.coordinator", "MUNICIPALITY"),
        "COORDINATOR_MUNICIPALITY", Severity.INFO);
    doesNotFire(shared("HEAT_COMPANY"), "COORDINATOR_MUNICIPALITY");
  }

  // ---- 1.2 structure

  @Test
  void informalStructureIsWarnedFormalIsNot() {
    fires(recommended().with("buildingBlocks.structure", "INFORMAL"), "INFORMAL_STRUCTURE", Severity.WARNING);
    doesNotFire(recommended().with("buildingBlocks.structure", "FORMAL_CHAIN"), "INFORMAL_STRUCTURE");
  }

  @Test
  void buildingTeamWithALateInstallerIsAnError() {
    fires(recommended().with("buildingBlocks.structure", "FORMAL_BUILDING_TEAM")
        .with("buildingBlocks.installer.timing", "LATER"), "BUILDING_TEAM_LATE_INSTALLER", Severity.ERROR);
    doesNotFire(recommended().with("buildingBlocks.structure", "FORMAL_BUILDING_TEAM"), "BUILDING_TEAM_LATE_INSTALLER");
    doesNotFire(recommended().with("buildingBlocks.installer.timing", "LATER"), "BUILDING_TEAM_LATE_INSTALLER");
  }

  // ---- 2.1 heat company scope

  @Test
  void connectingOnlyToTheFacadeIsWarned() {
    fires(recommended().with("buildingBlocks.heatCompanyScope", "TO_FACADE"), "SCOPE_TO_FACADE", Severity.WARNING);
    doesNotFire(recommended(), "SCOPE_TO_FACADE");
  }

  @Test
  void fullScopeIsNotedAsLegallyComplex() {
    Advice advice = fires(recommended().with("buildingBlocks.heatCompanyScope", "FULL"), "SCOPE_FULL", Severity.INFO);
    assertThat(advice.message()).contains("juridisch");
    doesNotFire(recommended(), "SCOPE_FULL");
  }

  // ---- 2.2 installer

  @Test
  void multipleInstallersAreWarnedOneMainContractorIsNot() {
    fires(recommended().with("buildingBlocks.installer.count", "MULTIPLE"), "MULTIPLE_INSTALLERS", Severity.WARNING);
    doesNotFire(recommended(), "MULTIPLE_INSTALLERS");
  }

  @Test
  void lateInstallerIsWarned() {
    fires(recommended().with("buildingBlocks.installer.timing", "LATER"), "INSTALLER_LATE", Severity.WARNING);
    doesNotFire(recommended(), "INSTALLER_LATE");
  }

  // ---- 3.1 inspection

  @Test
  void inspectionByMultiplePartiesIsWarned() {
    fires(recommended().with("buildingBlocks.inspection.parties", "MULTIPLE"), "INSPECTION_MULTIPLE_PARTIES",
        Severity.WARNING);
    doesNotFire(recommended(), "INSPECTION_MULTIPLE_PARTIES");
  }

  @Test
  void inspectingTwiceIsWarned() {
    fires(recommended().with("buildingBlocks.inspection.rounds", "TWICE"), "INSPECTION_TWICE", Severity.WARNING);
    doesNotFire(recommended(), "INSPECTION_TWICE");
  }

  @Test
  void sampleInspectionIsWarnedOnlyWhenMostDwellingsArePrivate() {
    FormFixture sample = recommended().with("buildingBlocks.inspection.scope", "SAMPLE");
    fires(sample.dwellings("PRIVATE", "CORPORATE"), "SAMPLE_WITH_PRIVATE_OWNERS", Severity.WARNING);
    doesNotFire(recommended().with("buildingBlocks.inspection.scope", "SAMPLE").dwellings("CORPORATE", "CORPORATE", "PRIVATE"),
        "SAMPLE_WITH_PRIVATE_OWNERS");
    doesNotFire(recommended().with("buildingBlocks.inspection.scope", "SAMPLE"), "SAMPLE_WITH_PRIVATE_OWNERS");
    doesNotFire(recommended().dwellings("PRIVATE"), "SAMPLE_WITH_PRIVATE_OWNERS");
  }

  @Test
  void installerHoldingTheCombinedVisitIsNoted() {
    fires(recommended(), "INSTALLER_HOLDS_KITCHEN_TABLE_TALKS", Severity.INFO);
    doesNotFire(recommended().with("buildingBlocks.inspection.party", "HEAT_COMPANY"), "INSTALLER_HOLDS_KITCHEN_TABLE_TALKS");
    doesNotFire(recommended().with("buildingBlocks.inspection.scope", "SAMPLE"), "INSTALLER_HOLDS_KITCHEN_TABLE_TALKS");
  }

  @Test
  void installerAsGlobalInspectorBeforeItsAwardIsAnError() {
    FormFixture twiceLater = recommended().with("buildingBlocks.inspection.rounds", "TWICE")
        .with("buildingBlocks.installer.timing", "LATER");
    fires(twiceLater.with("buildingBlocks.inspection.party", "INSTALLER"), "INSPECTION_BEFORE_INSTALLER_CHOSEN",
        Severity.ERROR);
    doesNotFire(recommended().with("buildingBlocks.inspection.rounds", "TWICE")
        .with("buildingBlocks.installer.timing", "LATER"), "INSPECTION_BEFORE_INSTALLER_CHOSEN");
  }

  @Test
  void installerAsDefaultInspectorBeforeItsAwardIsAnError() {
    FormFixture form = varying("HEAT_COMPANY", "HEAT_COMPANY", "INSTALLER", "HEAT_COMPANY", "HEAT_COMPANY", "HEAT_COMPANY")
        .with("buildingBlocks.inspection.rounds", "TWICE")
        .with("buildingBlocks.installer.timing", "LATER");
    fires(form, "INSPECTION_BEFORE_INSTALLER_CHOSEN", Severity.ERROR);
    doesNotFire(form.with("buildingBlocks.inspection.parties", "MULTIPLE").with("buildingBlocks.inspection.party", "INSTALLER"),
        "INSPECTION_BEFORE_INSTALLER_CHOSEN");
  }

  // ---- 3.2 tender

  @Test
  void adHocTenderIsWarnedFrameworkIsNot() {
    fires(recommended().with("buildingBlocks.tender.method", "AD_HOC"), "TENDER_AD_HOC", Severity.WARNING);
    doesNotFire(recommended(), "TENDER_AD_HOC");
  }

  @Test
  void splitTenderIsNotedButNotUnderAnIntegratedInstaller() {
    fires(recommended().with("buildingBlocks.tender.split", true), "TENDER_SPLIT", Severity.INFO);
    fires(recommended().with("buildingBlocks.tender.method", "AD_HOC").with("buildingBlocks.tender.split", true),
        "TENDER_SPLIT", Severity.INFO);
    doesNotFire(recommended().with("buildingBlocks.tender.method", "INTEGRATED").with("buildingBlocks.tender.split", true),
        "TENDER_SPLIT");
    doesNotFire(recommended(), "TENDER_SPLIT");
  }

  @Test
  void integratedInstallerOfAPublicPartyIsWarned() {
    FormFixture integrated = recommended().with("buildingBlocks.tender.method", "INTEGRATED");
    fires(integrated, "INTEGRATED_PUBLIC_PROCUREMENT", Severity.WARNING); // MUNICIPAL heat company
    fires(recommended().with("buildingBlocks.tender.method", "INTEGRATED").with("context.heatCompanyType", "REGIONAL"),
        "INTEGRATED_PUBLIC_PROCUREMENT", Severity.WARNING);
    fires(recommended().with("buildingBlocks.tender.method", "INTEGRATED").with("context.heatCompanyType", "PRIVATE")
        .with("buildingBlocks.coordination.coordinator", "MUNICIPALITY"), "INTEGRATED_PUBLIC_PROCUREMENT", Severity.WARNING);
    // both reasons at once: still one finding
    fires(recommended().with("buildingBlocks.tender.method", "INTEGRATED")
        .with("buildingBlocks.coordination.coordinator", "MUNICIPALITY"), "INTEGRATED_PUBLIC_PROCUREMENT", Severity.WARNING);
  }

  @Test
  void integratedInstallerOfAPrivatePartyIsNotWarned() {
    doesNotFire(recommended().with("buildingBlocks.tender.method", "INTEGRATED").with("context.heatCompanyType", "PRIVATE"),
        "INTEGRATED_PUBLIC_PROCUREMENT");
    doesNotFire(recommended().with("buildingBlocks.tender.method", "INTEGRATED").with("context.heatCompanyType", null),
        "INTEGRATED_PUBLIC_PROCUREMENT");
    doesNotFire(recommended(), "INTEGRATED_PUBLIC_PROCUREMENT");
  }

  // ---- 3.3 communication

  @Test
  void distributedCommunicationIsWarned() {
    fires(recommended().with("buildingBlocks.communication.approach", "DISTRIBUTED"), "COMMUNICATION_DISTRIBUTED",
        Severity.WARNING);
    doesNotFire(recommended(), "COMMUNICATION_DISTRIBUTED");
  }

  @Test
  void passiveCommunicationIsWarned() {
    fires(recommended().with("buildingBlocks.communication.approach", "CENTRAL_PASSIVE"), "COMMUNICATION_PASSIVE",
        Severity.WARNING);
    doesNotFire(recommended(), "COMMUNICATION_PASSIVE");
  }

  @Test
  void installerAsContactPointIsWarnedAlsoWhenItIsTheDefault() {
    fires(recommended().with("buildingBlocks.communication.party", "INSTALLER"), "COMMUNICATION_BY_INSTALLER",
        Severity.WARNING);
    // default: no cooperative, no corporate majority, so the COMMUNICATION-phase coordinator
    FormFixture byDefault = varying("HEAT_COMPANY", "HEAT_COMPANY", "HEAT_COMPANY", "INSTALLER", "HEAT_COMPANY", "HEAT_COMPANY")
        .with("parties.HEAT_COOPERATIVE", null)
        .with("buildingBlocks.communication.party", null);
    fires(byDefault, "COMMUNICATION_BY_INSTALLER", Severity.WARNING);
    doesNotFire(recommended(), "COMMUNICATION_BY_INSTALLER");
  }

  @Test
  void cooperativeThatIsNotTheContactPointIsNoted() {
    fires(recommended().with("buildingBlocks.communication.party", "HEAT_COMPANY"), "COOPERATIVE_NOT_COMMUNICATING",
        Severity.INFO);
    fires(recommended().with("buildingBlocks.communication.approach", "DISTRIBUTED"), "COOPERATIVE_NOT_COMMUNICATING",
        Severity.INFO);
    doesNotFire(recommended(), "COOPERATIVE_NOT_COMMUNICATING");
    doesNotFire(recommended().with("buildingBlocks.communication.party", null), "COOPERATIVE_NOT_COMMUNICATING");
    doesNotFire(recommended().with("parties.HEAT_COOPERATIVE", null).with("buildingBlocks.communication.party", "HEAT_COMPANY"),
        "COOPERATIVE_NOT_COMMUNICATING");
  }

  @Test
  void privateHeatCompanyAsContactPointIsNoted() {
    FormFixture privateHeat = recommended().with("context.heatCompanyType", "PRIVATE");
    fires(privateHeat.with("buildingBlocks.communication.party", "HEAT_COMPANY"), "PRIVATE_HEAT_COMPANY_COMMUNICATES",
        Severity.INFO);
    fires(recommended().with("context.heatCompanyType", "PRIVATE").with("buildingBlocks.communication.approach", "DISTRIBUTED"),
        "PRIVATE_HEAT_COMPANY_COMMUNICATES", Severity.INFO);
    doesNotFire(recommended().with("context.heatCompanyType", "PRIVATE"), "PRIVATE_HEAT_COMPANY_COMMUNICATES");
    doesNotFire(recommended().with("buildingBlocks.communication.party", "HEAT_COMPANY"), "PRIVATE_HEAT_COMPANY_COMMUNICATES");
  }

  // ---- context

  @Test
  void cooperativeHeatCompanyInAnAreaApproachIsNotedForItsCapacity() {
    fires(recommended().with("context.heatCompanyType", "COOPERATIVE"), "COOPERATIVE_HEAT_COMPANY_CAPACITY", Severity.INFO);
    doesNotFire(recommended().with("context.heatCompanyType", "COOPERATIVE").with("context.approach", "BUILDING"),
        "COOPERATIVE_HEAT_COMPANY_CAPACITY");
    doesNotFire(recommended(), "COOPERATIVE_HEAT_COMPANY_CAPACITY");
  }

  @Test
  void largeProjectsAndMultipleInstallersAreAdvisedSubTeams() {
    fires(recommended().dwellings(ownerships(1001)), "LARGE_SCALE_SUBTEAMS", Severity.INFO);
    fires(recommended().with("buildingBlocks.installer.count", "MULTIPLE"), "LARGE_SCALE_SUBTEAMS", Severity.INFO);
    fires(recommended().with("buildingBlocks.installer.count", "MULTIPLE").dwellings(ownerships(1001)),
        "LARGE_SCALE_SUBTEAMS", Severity.INFO);
    doesNotFire(recommended().dwellings(ownerships(1000)), "LARGE_SCALE_SUBTEAMS");
  }

  private static String[] ownerships(int count) {
    String[] result = new String[count];
    Arrays.fill(result, "CORPORATE");
    return result;
  }

  // ---- missing parties

  @Test
  void missingPartyNamesTheRoleWithoutOrganisation() {
    Advice advice = fires(recommended().with("parties.HEAT_COMPANY", null), "MISSING_PARTY", Severity.ERROR);
    assertThat(advice.message()).contains("warmtebedrijf");
    Advice two = fires(recommended().with("parties.HEAT_COMPANY", null).with("parties.MUNICIPALITY", null)
        .with("buildingBlocks.coordination.coordinator", "MUNICIPALITY"), "MISSING_PARTY", Severity.ERROR);
    assertThat(two.message()).contains("warmtebedrijf, gemeente");
  }

  @Test
  void partyWithoutTasksOfItsOwnMayBeLeftOut() {
    doesNotFire(recommended().with("parties.MUNICIPALITY", null), "MISSING_PARTY");
    doesNotFire(recommended(), "MISSING_PARTY");
  }

  @Test
  void installerNamedByItsAwardMayBeLeftOutUnderAdHocOrFrameworkTenders() {
    // the report's recommended form (FROM_START + FRAMEWORK): its own tender chooses the installer
    doesNotFire(recommended().with("parties.INSTALLER", null), "MISSING_PARTY");
    doesNotFire(recommended().with("buildingBlocks.tender.method", "AD_HOC").with("parties.INSTALLER", null),
        "MISSING_PARTY");
    doesNotFire(recommended().with("buildingBlocks.installer.timing", "LATER").with("parties.INSTALLER", null),
        "MISSING_PARTY");
  }

  @Test
  void installerIsRequiredFromTheStartUnderIntegratedOrWhenItCoordinatesOrCommunicates() {
    Advice integrated = fires(recommended().with("buildingBlocks.tender.method", "INTEGRATED").with("parties.INSTALLER", null),
        "MISSING_PARTY", Severity.ERROR);
    assertThat(integrated.message()).contains("installateur");
    fires(recommended().with("buildingBlocks.tender.method", "INTEGRATED").with("buildingBlocks.installer.timing", "LATER")
        .with("parties.INSTALLER", null), "MISSING_PARTY", Severity.ERROR);
    fires(recommended().with("buildingBlocks.coordination.coordinator", "INSTALLER").with("parties.INSTALLER", null),
        "MISSING_PARTY", Severity.ERROR);
    fires(recommended().with("buildingBlocks.communication.party", "INSTALLER").with("parties.INSTALLER", null),
        "MISSING_PARTY", Severity.ERROR);
  }

  @Test
  void ownerSideOfCorporateDwellingsNeedsAHousingAssociation() {
    FormFixture noHousing = recommended().with("parties.HOUSING_ASSOCIATION", null);
    Advice advice = fires(noHousing.dwellings("CORPORATE", "PRIVATE"), "MISSING_PARTY", Severity.ERROR);
    assertThat(advice.message()).contains("woningcorporatie");
    // no dwellings given: routing lists both ownerships, so the corporate owner side counts too
    fires(recommended().with("parties.HOUSING_ASSOCIATION", null), "MISSING_PARTY", Severity.ERROR);
    doesNotFire(recommended().with("parties.HOUSING_ASSOCIATION", null).dwellings("PRIVATE", "PRIVATE"), "MISSING_PARTY");
  }

  @Test
  void workPackageTaskCountsAsMappedWhenAnInstallerHoldsThePackage() {
    Responsibility indoor = new Responsibility("adaptIndoorInstallation", "DWELLING", Phase.EXECUTION, null, false,
        List.of(Role.INSTALLER), List.of(FormFixture.INDOOR), WorkPackage.INDOOR);
    CollaborationForm withPackage = recommended().with("parties.INSTALLER", null)
        .with("buildingBlocks.installer.count", "MULTIPLE").with("installerPackages.INDOOR", FormFixture.INDOOR).form();
    assertThat(AdviceService.missingRoles(withPackage, List.of(indoor), false)).isEmpty();
    CollaborationForm withoutPackage = recommended().with("parties.INSTALLER", null).form();
    assertThat(AdviceService.missingRoles(withoutPackage, List.of(indoor), false)).containsExactly(Role.INSTALLER);
  }

  @Test
  void chosenCommunicationPartyWithoutOrganisationIsMissing() {
    Advice advice = fires(recommended().with("parties.HEAT_COOPERATIVE", null), "MISSING_PARTY", Severity.ERROR);
    assertThat(advice.message()).contains("warmtecoöperatie");
  }

  // ---- the gate of a form that runs: ERROR rules of the advice table that name a field

  private List<String> runErrors(FormFixture form, boolean newProject) {
    return adviceService.checkToRun(form.form(), newProject).fieldErrors().stream()
        .map(e -> e.field() + ": " + e.message()).toList();
  }

  @Test
  void aFormThatRunsNeedsASignUpDeadlineWithAThresholdOrALateInstallerButAJudgedFormDoesNot() {
    FormFixture threshold = recommended().with("context.participationThreshold", 0.6);
    assertThat(runErrors(threshold, true)).containsExactly(
        "context.signUpDeadline: verplicht als een deelnamedrempel is ingesteld (JJJJ-MM-DD)");
    FormFixture late = recommended().with("buildingBlocks.installer.timing", "LATER");
    assertThat(runErrors(late, false)).singleElement().asString()
        .startsWith("context.signUpDeadline: verplicht als de installateur later wordt gekozen");
    assertThat(advise(threshold)).extracting(Advice::severity).as("only judged (POST /api/evaluate)")
        .doesNotContain(Severity.ERROR);
    assertThat(runErrors(threshold.with("context.signUpDeadline", java.time.LocalDate.now().plusDays(5).toString()), true))
        .isEmpty();
  }

  @Test
  void aNewProjectRefusesASignUpDeadlineInThePastARecordedFormDoesNot() {
    FormFixture past = recommended().with("context.signUpDeadline", java.time.LocalDate.now().minusDays(1).toString());
    assertThat(runErrors(past, true)).containsExactly("context.signUpDeadline: ligt in het verleden: kies vandaag of later");
    assertThat(runErrors(past, false)).isEmpty();
  }

  @Test
  void anIntegratedTenderNeedsItsFixedInstallerToRun() {
    FormFixture integrated = recommended().with("buildingBlocks.tender.method", "INTEGRATED").with("parties.INSTALLER", null);
    assertThat(runErrors(integrated, true)).contains("parties.INSTALLER: verplicht bij tender.method INTEGRATED: de vaste installateur");
    assertThat(runErrors(recommended().with("buildingBlocks.tender.method", "INTEGRATED"), true)).isEmpty();
  }
}
