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

import java.util.Map;
import nl.laatstemeter.form.BuildingBlocks.TenderMethod;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Role;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md section 9, tender: without a suitable bid, without an installer available in the
 * framework, or when an installer declines its assignment, the TENDER coordinator decides
 * ({@code decideFailedTender}): tender again, choose another installer through the recorded form,
 * or stop the project.
 */
class FailedTenderTest extends ProjectProcessTest {

  private static final Map<String, Object> NO_SUITABLE_BID = Map.of("bidsReceived", 2, "tenderOutcome", "NO_SUITABLE_BID",
      "noAwardReason", "Beide inschrijvingen ver boven het budget.");

  private ProjectDriver declared(FormFixture form) {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, form, "Aanbesteding");
    ProjectSteps.declare(p);
    ProjectSteps.recordForm(p);
    return p;
  }

  private ProcessInstance tender(ProjectDriver p) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("installerTender")
        .processInstanceBusinessKey(p.projectId).singleResult();
  }

  @Test
  void aTenderWithoutSuitableBidGoesToTheTenderCoordinatorWhoTendersAgain() {
    ProjectDriver p = declared(FormFixture.recommended().with("buildingBlocks.tender.method", "AD_HOC"));
    ProjectSteps.prepareTender(p);
    p.fireTimer("bidDeadlinePassed");
    assertThatThrownBy(() -> p.complete("evaluateBids", Map.of("bidsReceived", 2, "tenderOutcome", "NO_SUITABLE_BID")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reden");
    p.complete("evaluateBids", NO_SUITABLE_BID);

    assertThat(tender(p)).isWaitingAt("decideFailedTender").hasPassed("bidSuitable").hasNotPassed("applyAward");
    assertThat(p.groupsOf("decideFailedTender")).containsExactly(HEAT);
    assertThat((String) taskService.getVariable(p.task("decideFailedTender").getId(), "failedTenderSummary"))
        .isEqualTo("Geen geschikte inschrijving: Beide inschrijvingen ver boven het budget.");
    p.complete("decideFailedTender", Map.of("failedTenderDecision", "RETENDER", "failedTenderNotes", "Ruimer budget."));

    assertThat(tender(p)).isWaitingAt("prepareTender");
    assertThat(engine.getRuntimeService().getVariable(tender(p).getId(), "tenderOutcome")).as("a new round starts empty").isNull();
    ProjectSteps.prepareTender(p);
    p.fireTimer("bidDeadlinePassed");
    ProjectSteps.evaluateBids(p, INSTALLER);
    ProjectSteps.confirm(p);
    assertThat(p.instance).isWaitingAt("signCollaborationAgreement");
    assertThat(p.variable("installerJoined")).isEqualTo(true);
    assertThat(p.variable("contractedInstallers")).isEqualTo(INSTALLER);
  }

  @Test
  void noInstallerAvailableLetsTheCoordinatorRecordTheFormAnewAndTheTenderFollowsIt() {
    ProjectDriver p = declared(FormFixture.recommended().with("parties.INSTALLER", null));
    p.complete("selectFromFramework", Map.of("frameworkAgreement", "RO-2025-01", "tenderOutcome", "NONE_AVAILABLE",
        "noAwardReason", "Alle installateurs uit de raamovereenkomst zitten vol."));
    assertThat((String) taskService.getVariable(p.task("decideFailedTender").getId(), "failedTenderSummary"))
        .startsWith("Geen installateur uit de raamovereenkomst beschikbaar");
    p.complete("decideFailedTender", Map.of("failedTenderDecision", "OTHER_INSTALLER"));

    // the form is recorded anew (in the tender), by the same task as at the start
    assertThat(tender(p)).isWaitingAt("recordCollaborationForm");
    assertThat(p.groupsOf("recordCollaborationForm")).containsExactly(HEAT);
    p.complete("recordCollaborationForm", Map.of("tenderMethod", "AD_HOC"));
    assertThat(p.form().buildingBlocks().tender().method()).isEqualTo(TenderMethod.AD_HOC);
    assertThat(tender(p)).isWaitingAt("prepareTender");
    ProjectSteps.prepareTender(p);
    p.fireTimer("bidDeadlinePassed");
    ProjectSteps.evaluateBids(p, INSTALLER);
    ProjectSteps.confirm(p);
    assertThat(p.form().parties()).containsEntry(Role.INSTALLER, INSTALLER);
    assertThat(p.instance).isWaitingAt("signCollaborationAgreement");
  }

  @Test
  void anInstallerDecliningItsAssignmentIsNotInTheTeamAndTheCoordinatorChoosesAnother() {
    ProjectDriver p = declared(FormFixture.recommended());
    ProjectSteps.selectFromFramework(p, INSTALLER);
    assertThatThrownBy(() -> p.complete("confirmAssignment", Map.of("assignmentAnswer", "DECLINE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reden");
    p.complete("confirmAssignment", Map.of("assignmentAnswer", "DECLINE", "declineReason", "Geen capaciteit dit jaar."));

    assertThat(tender(p)).isWaitingAt("decideFailedTender").hasPassed("assignmentAccepted");
    assertThat((String) taskService.getVariable(p.task("decideFailedTender").getId(), "failedTenderSummary"))
        .contains(INSTALLER + ": Geen capaciteit dit jaar.");
    assertThat(engine.getRuntimeService().getVariable(tender(p).getId(), "installerJoined")).isNotEqualTo(true);
    p.complete("decideFailedTender", Map.of("failedTenderDecision", "RETENDER"));

    ProjectSteps.selectFromFramework(p, INDOOR);
    ProjectSteps.confirm(p);
    assertThat(p.form().parties()).containsEntry(Role.INSTALLER, INDOOR);
    assertThat(p.variable("contractedInstallers")).isEqualTo(INDOOR);
    assertThat(p.variable("installerJoined")).isEqualTo(true);
    assertThat(p.instance).isWaitingAt("signCollaborationAgreement");
  }

  @Test
  void stoppingAfterAFailedTenderEndsTheProjectWithAnEvaluationWithoutTheInstaller() {
    ProjectDriver p = declared(FormFixture.recommended());
    p.complete("selectFromFramework", Map.of("frameworkAgreement", "RO-2025-01", "tenderOutcome", "NONE_AVAILABLE",
        "noAwardReason", "Niemand beschikbaar."));
    assertThatThrownBy(() -> p.complete("decideFailedTender", Map.of("failedTenderDecision", "STOP")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reden");
    p.complete("decideFailedTender", Map.of("failedTenderDecision", "STOP", "stopReason", "Geen installateur te vinden."));
    p.runDueJobs();

    assertThat(tender(p)).isNull();
    assertThat(p.instance).hasPassed("projectStopRaised", "signalProjectStopped").hasNotPassed("handOverToOperations",
        "endAssignment", "informUtilities");
    assertThat(p.variable("stopReason")).isEqualTo("Geen installateur te vinden.");
    assertThat(p.variable("projectStopped")).isEqualTo(true);
    // the installer was never in the team: it does not evaluate
    assertThat(p.eachPartyGroups("evaluateCollaboration")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, COOP);
    ProjectSteps.evaluate(p);
    p.runDueJobs();
    assertThat(p.instance).isEnded().hasPassed("projectStopped").hasNotPassed("projectCompleted");
  }

  @Test
  void anAwardWithoutItsOutcomeAndAConfirmationWithoutItsAnswerAreRefusedWithADutchMessage() {
    ProjectDriver p = declared(FormFixture.recommended());
    assertThatThrownBy(() -> p.complete("selectFromFramework", Map.of("frameworkAgreement", "RO-2025-01",
        "awardedInstaller", INSTALLER, "awardRationale", "beschikbaar")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Kies de uitkomst");
    assertThat(tender(p)).isWaitingAt("selectFromFramework");
    ProjectSteps.selectFromFramework(p, INSTALLER);

    assertThatThrownBy(() -> p.complete("confirmAssignment", Map.of("contactPerson", "I. Bakker")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Kies 'Aanvaarden' of 'Weigeren'");
    assertThat(tender(p)).isWaitingAt("confirmAssignment");
    ProjectSteps.confirm(p);
    assertThat(p.variable("installerJoined")).isEqualTo(true);
  }
}
