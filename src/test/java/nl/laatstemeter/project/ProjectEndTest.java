package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.form.ValidationException;
import nl.laatstemeter.dwelling.DwellingProgress;
import nl.laatstemeter.dwelling.Milestone;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DOMAIN.md section 9, undecided owners and the end: the sign-up deadline is a timer (the
 * project waits for it only for a go/no-go or a later tender), undecided owners hold the
 * milestones up until it passes, undecided dwellings are closed at the hand-over, and the project
 * ends only when every dwelling has ended, aftercare included.
 */
class ProjectEndTest extends ProjectProcessTest {

  static final LocalDate DEADLINE = LocalDate.now().plusDays(21);

  @Autowired DwellingProgress progress;
  @Autowired TrainPlanningRequest trainPlanning;

  private static ObjectNode withDwellings(FormFixture form, int count) {
    ObjectNode body = (ObjectNode) form.json();
    body.put("name", "Einde");
    ArrayNode list = body.putArray("dwellings");
    for (int i = 0; i < count; i++) {
      ObjectNode d = list.addObject().put("id", "w" + i).put("address", "Eindweg").put("postcode", "1234 AB")
          .put("houseNumber", String.valueOf(i + 1)).put("ownership", "PRIVATE").put("type", "TERRACED");
      d.putObject("resident").put("name", "Bewoner " + i).put("email", "bewoner" + i + "@example.nl");
    }
    return body;
  }

  private ProcessInstance dwelling(ProjectDriver p, String id) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("dwellingConnection")
        .processInstanceBusinessKey(p.projectId + ":" + id).singleResult();
  }

  private void complete(ProcessInstance dwelling, String key, Map<String, Object> variables) {
    List<Task> open = taskService.createTaskQuery().processInstanceId(dwelling.getId()).taskDefinitionKey(key).list();
    assertThat(open).as("open " + key).hasSize(1);
    taskService.complete(open.get(0).getId(), variables);
  }

  /** A project under the recommended form with a sign-up deadline, its dwellings started. */
  private ProjectDriver dwellingsStartedWithSignUpDeadline(int dwellings) {
    ProjectDriver p = ProjectDriver.start(engine, projects, json,
        withDwellings(FormFixture.recommended().with("context.signUpDeadline", DEADLINE.toString()), dwellings));
    ProjectSteps.agreeOnFrameworkInstaller(p, INSTALLER);
    ProjectSteps.untilDwellingsStarted(p);
    return p;
  }

  private void fireDwellingTimer(ProjectDriver p, ProcessInstance dwelling, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(dwelling.getId()).activityId(activityId)
        .timers().singleResult();
    assertThat(timer).as("timer at " + activityId).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
    p.runDueJobs();
  }

  @Test
  void aDeadlineWithoutThresholdIsMeasuredWhenItPassesWhileTheProjectGoesOn() {
    ProjectDriver p = dwellingsStartedWithSignUpDeadline(2);

    assertThat(p.instance).isWaitingAt("signUpDeadlineMeasured").hasNotPassed("signUpDeadlinePassed");
    assertThat(p.variable("inspectionsMayStart")).as("no go/no-go: the inspections do not wait").isEqualTo(true);
    assertThat(p.groupsOf("planTrains")).containsExactly(HEAT);
    // until the deadline, owners who have not decided hold the milestones up
    assertThat(progress.remaining(p.projectId, Milestone.connected)).isEqualTo(2);
    assertThat(progress.remaining(p.projectId, Milestone.globalInspected)).isEqualTo(2);

    p.fireTimer("signUpDeadlineMeasured");
    assertThat(p.variable("participationRate")).isEqualTo(0.0);
    assertThat(p.variable("signUpClosed")).isEqualTo(true);
    assertThat(progress.remaining(p.projectId, Milestone.connected)).isZero();
    assertThat(progress.remaining(p.projectId, Milestone.globalInspected)).isZero();
    assertThat(progress.remaining(p.projectId, Milestone.ended)).isEqualTo(2);
  }

  @Test
  void milestonesHeldUpByUndecidedOwnersAreReachedOnceTheDeadlinePassesThoughThoseDwellingsWereSeenWaiting() {
    ProjectDriver p = dwellingsStartedWithSignUpDeadline(3);
    // asked before the deadline: the undecided dwellings are the ones the milestones wait for
    assertThat(progress.reached(p.projectId, Milestone.connected)).isFalse();
    assertThat(progress.reached(p.projectId, Milestone.globalInspected)).isFalse();
    assertThat(progress.reached(p.projectId, Milestone.ended)).isFalse();
    ProcessInstance first = dwelling(p, "w0");
    assertThat(progress.noneRemaining(p.projectId, Milestone.connected, first.getId())).isFalse();

    p.fireTimer("signUpDeadlineMeasured");
    // the same dwellings, still undecided, no longer hold them up; every dwelling still runs
    assertThat(progress.reached(p.projectId, Milestone.connected)).isTrue();
    assertThat(progress.reached(p.projectId, Milestone.globalInspected)).isTrue();
    assertThat(progress.reached(p.projectId, Milestone.ended)).isFalse();
    assertThat(progress.remaining(p.projectId, Milestone.ended)).isEqualTo(3);
    assertThat(progress.noneRemaining(p.projectId, Milestone.ended, first.getId())).isFalse();
  }

  @Test
  void anInstallerChosenLaterNeedsADeadlineAndItsTenderWaitsForIt() {
    FormFixture later = FormFixture.recommended().with("buildingBlocks.installer.timing", "LATER");
    ObjectNode body = (ObjectNode) later.json();
    body.put("name", "Later zonder deadline");
    assertThatThrownBy(() -> projects.check(body)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors()).anySatisfy(f -> assertThat(f.field()).isEqualTo("context.signUpDeadline")));

    ProjectDriver p = ProjectDriver.start(engine, projects, json,
        later.with("context.signUpDeadline", DEADLINE.toString()), "Later met deadline");
    ProjectSteps.declare(p);
    ProjectSteps.recordForm(p);
    ProjectSteps.untilDwellingsStarted(p);
    assertThat(p.instance).isWaitingAt("signUpDeadlinePassed");
    assertThat(p.tasks("selectFromFramework")).as("the tender waits for the deadline").isEmpty();
    p.fireTimer("signUpDeadlinePassed");
    assertThat(p.instance).hasPassed("measureParticipation").hasNotPassed("decideGoNoGo");
    assertThat(p.groupsOf("selectFromFramework")).containsExactly(HEAT);
  }

  @Test
  void theProjectClosesUndecidedDwellingsAtTheHandOverAndEndsOnlyWhenEveryDwellingHasEnded() {
    ProjectDriver p = dwellingsStartedWithSignUpDeadline(2);

    // w0 joins and is connected; w1's owner never decides
    ProcessInstance w0 = dwelling(p, "w0");
    ProcessInstance w1 = dwelling(p, "w1");
    complete(w0, "recordParticipationDecision", Map.of("participationDecision", "JOIN", "questionsOrResistance", false));
    p.runDueJobs();
    complete(w0, "inspectDwelling", Map.of("visitDate", LocalDate.now().toString(), "kitchenTableTalkHeld", true,
        "dwellingType", "TERRACED", "deliverySetLocation", "meterkast", "connectionMethod", "Via de gevel",
        "removeGasBoiler", true, "electricCooking", true, "structuralWork", false, "estimatedCost", 4200.0));
    p.runDueJobs();
    complete(w0, "drawUpConnectionPlan", Map.of("connectionPlan", "tracé", "planCost", 2500.0, "ownerCost", 0.0));
    complete(w0, "ownerAgreement", Map.of("ownerDecision", "AGREE"));
    ProjectSteps.planTrains(p);
    p.runDueJobs();
    fireDwellingTimer(p, w0, "waitForNoticeDate");
    fireDwellingTimer(p, w0, "waitForPlannedDate");
    for (String key : List.of("connectToFacade", "installDeliverySet", "adaptIndoorInstallation")) {
      complete(w0, key, Map.of());
    }
    complete(w0, "commissionConnection", Map.of("commissionedDate", LocalDate.now().toString()));
    p.runDueJobs();

    // connected, but an undecided owner holds the project until the sign-up deadline has passed
    assertThat(p.instance).isWaitingAt("waitForAllConnected");
    p.fireTimer("signUpDeadlineMeasured");
    p.fireTimer("allConnectedRecheck");
    assertThat(p.instance).hasPassed("runCompleted", "signalCloseUndecided");
    assertThat(p.variable("undecidedClosed")).isEqualTo(true);
    // the owner who never decided: not connected, NO_DECISION
    assertThat(dwelling(p, "w1")).isNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(w1.getId())
        .variableName("notConnectedReason").singleResult().getValue()).isEqualTo("NO_DECISION");

    ProjectSteps.handOver(p);
    ProjectSteps.evaluate(p);
    p.runDueJobs();
    assertThat(p.instance).as("w0 is in aftercare").isWaitingAt("waitForAllDwellingsEnded").hasNotPassed("endAssignment");
    complete(w0, "aftercareContact", Map.of("aftercareDate", LocalDate.now().toString(), "residentSatisfaction", 8));
    p.runDueJobs();
    // the last dwelling to end tells the project
    assertThat(p.instance).isEnded().hasPassed("projectCompleted").hasNotPassed("projectStopped");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("dwellingConnection")
        .processInstanceBusinessKeyLike(p.projectId + ":%").count()).isZero();
  }

  @Test
  void trainsWaitForEveryParticipatingDwellingsAgreementUnlessTheExecutionCoordinatorAsksEarlier() {
    // a go/no-go threshold: both owners sign up before the deadline
    ProjectDriver p = ProjectDriver.start(engine, projects, json, withDwellings(FormFixture.recommended()
        .with("context.participationThreshold", 0.5).with("context.signUpDeadline", DEADLINE.toString()), 2));
    ProjectSteps.agreeOnFrameworkInstaller(p, INSTALLER);
    ProjectSteps.untilDwellingsStarted(p);
    for (String id : List.of("w0", "w1")) {
      complete(dwelling(p, id), "recordParticipationDecision", Map.of("participationDecision", "JOIN",
          "questionsOrResistance", false));
    }
    p.fireTimer("signUpDeadlinePassed");
    assertThat(p.instance).hasNotPassed("decideGoNoGo").isWaitingAt("waitForAllAgreed");
    assertThat(p.tasks("planTrains")).as("two signed-up dwellings have not agreed yet").isEmpty();

    assertThatThrownBy(() -> trainPlanning.request(p.projectId, List.of(nl.laatstemeter.form.FormFixture.COOP)))
        .isInstanceOfSatisfying(ProjectRequestRefused.class,
            e -> assertThat(e.status()).isEqualTo(org.springframework.http.HttpStatus.FORBIDDEN));
    assertThat(trainPlanning.request(p.projectId, List.of(HEAT)).status()).isEqualTo("PLANNING_OFFERED");
    assertThat(p.instance).hasPassed("trainPlanningRequested");
    assertThat(p.groupsOf("planTrains")).containsExactly(HEAT);
    assertThatThrownBy(() -> trainPlanning.request(p.projectId, List.of(HEAT)))
        .isInstanceOfSatisfying(ProjectRequestRefused.class,
            e -> assertThat(e.status()).isEqualTo(org.springframework.http.HttpStatus.CONFLICT));
  }
}
