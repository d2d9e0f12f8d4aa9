package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** The participation go/no-go at the sign-up deadline: stop (with a reason) or continue. */
class GoNoGoTest extends ProjectProcessTest {

  static final LocalDate DEADLINE = LocalDate.now().plusDays(21);

  private static FormFixture withThreshold(FormFixture form) {
    return form.with("context.participationThreshold", 0.6).with("context.signUpDeadline", DEADLINE.toString());
  }

  /** Runs the project until the sign-up deadline has passed (no dwelling signed up). */
  private ProjectDriver untilDeadline(FormFixture form) {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, form, "Deelname");
    ProjectSteps.declare(p);
    ProjectSteps.recordForm(p);
    if (!p.tasks("approveDecision").isEmpty()) {
      p.completeAll("approveDecision", Map.of("approval", "APPROVED"));
    }
    ProjectSteps.selectFromFramework(p, INSTALLER);
    if (!p.tasks("approveDecision").isEmpty()) {
      p.completeAll("approveDecision", Map.of("approval", "APPROVED"));
    }
    ProjectSteps.confirm(p);
    ProjectSteps.untilDwellingsStarted(p);
    assertThat(p.instance).isWaitingAt("signUpDeadlinePassed");
    assertThat(p.timer("signUpDeadlinePassed").getDuedate())
        .isEqualTo(Date.from(DEADLINE.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()));
    assertThat(p.variable("inspectionsMayStart")).as("dwellings wait for the go/no-go").isNull();
    p.fireTimer("signUpDeadlinePassed");
    return p;
  }

  @Test
  void stopEndsTheProjectAndTellsEveryDwellingWhy() {
    ProjectDriver p = untilDeadline(withThreshold(FormFixture.recommended()));
    assertThat(p.variable("participationRate")).isEqualTo(0.0);
    assertThat(p.groupsOf("decideGoNoGo")).containsExactly(HEAT);
    assertThat(taskService.getVariable(p.task("decideGoNoGo").getId(), "participationSummary"))
        .isEqualTo("Aangemeld: 0% van 0 woningen; drempel 60%.");
    assertThatThrownBy(() -> p.complete("decideGoNoGo", Map.of("goNoGo", "STOP")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reden");

    p.complete("decideGoNoGo", Map.of("goNoGo", "STOP", "stopReason", "Te weinig aanmeldingen in de wijk."));
    p.runDueJobs();
    // the framework installer had accepted its assignment: it is ended; then the team evaluates
    assertThat(p.instance).hasPassed("goNoGoStopped", "signalProjectStopped").hasNotPassed("handOverToOperations");
    ProjectSteps.endAssignment(p);
    ProjectSteps.evaluate(p);
    p.runDueJobs();
    assertThat(p.instance).isEnded().hasPassed("signalProjectStopped", "endAssignment", "projectStopped")
        .hasNotPassed("planTrains", "signalInspectionsMayStart", "projectCompleted");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(p.instance.getId())
        .variableName("stopReason").singleResult().getValue()).isEqualTo("Te weinig aanmeldingen in de wijk.");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(p.instance.getId())
        .variableName("projectStopped").singleResult().getValue()).isEqualTo(true);
  }

  @Test
  void continueReleasesTheInspectionsAndGoesOnToPlanning() {
    ProjectDriver p = untilDeadline(withThreshold(FormFixture.recommended()));
    p.complete("decideGoNoGo", Map.of("goNoGo", "CONTINUE", "goNoGoRationale", "Aanmeldingen lopen nog binnen."));
    p.runDueJobs();
    assertThat(p.variable("inspectionsMayStart")).isEqualTo(true);
    assertThat(p.variable("projectStopped")).isNull();
    assertThat(p.groupsOf("planTrains")).containsExactly(HEAT);
  }

  @Test
  void underSharedCoordinationTheGoNoGoIsAJointDecisionThatCanBeSentBack() {
    ProjectDriver p = untilDeadline(withThreshold(FormFixture.recommended()
        .with("buildingBlocks.coordination.mode", "SHARED")
        .with("buildingBlocks.coordination.coordinator", null)
        .with("buildingBlocks.coordination.initiator", "MUNICIPALITY")));
    assertThat(p.groupsOf("decideGoNoGo")).containsExactly(MUNI);
    p.complete("decideGoNoGo", Map.of("goNoGo", "STOP", "stopReason", "Te weinig deelname."));
    assertThat(p.eachPartyGroups("approveDecision")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    assertThat((String) taskService.getVariable(p.taskOf("approveDecision", COOP).getId(), "decisionSummary"))
        .startsWith("Project stoppen (deelname 0%): Te weinig deelname.");
    taskService.complete(p.taskOf("approveDecision", COOP).getId(), Map.of("approval", "REJECTED",
        "rejectionReason", "Geef de wijk nog een maand."));

    assertThat(p.groupsOf("decideGoNoGo")).containsExactly(MUNI);
    assertThat(p.instance).isNotEnded();
    p.complete("decideGoNoGo", Map.of("goNoGo", "CONTINUE"));
    p.completeAll("approveDecision", Map.of("approval", "APPROVED"));
    p.runDueJobs();
    assertThat(p.variable("inspectionsMayStart")).isEqualTo(true);
    assertThat(p.groupsOf("planTrains")).containsExactly(MUNI);
  }
}
