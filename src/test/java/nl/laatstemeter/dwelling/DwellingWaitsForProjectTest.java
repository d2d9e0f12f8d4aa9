package nl.laatstemeter.dwelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Map;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dwelling looks at the project's decision before it waits for the signal, and looks again on
 * its re-check timer: a signal thrown while it was not yet waiting never leaves it stuck.
 */
@EngineTest
class DwellingWaitsForProjectTest {

  @Autowired ProcessEngine engine;
  @Autowired DwellingFixture fixture;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired DwellingRegister register;
  @Autowired DwellingProcesses processes;

  ProcessInstance project;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    ArrayNode list = new ObjectMapper().createArrayNode();
    for (String id : new String[] {"w1", "w2"}) {
      list.addObject().put("id", id).put("address", "Warmtelaan").put("postcode", "1234 AB").put("houseNumber", id)
          .put("ownership", "PRIVATE").put("type", "TERRACED").putObject("resident").put("email", id + "@example.nl");
    }
    // threshold project: after the dwellings start, it waits for the sign-up deadline
    FormFixture form = FormFixture.recommended().with("context.participationThreshold", 0.5)
        .with("context.signUpDeadline", java.time.LocalDate.now().plusMonths(1).toString())
        .with("buildingBlocks.inspection.parties", "MULTIPLE");
    project = fixture.projectAtDwellings(form, "Warmtenet West", list);
  }

  private ProcessInstance dwelling(String id) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
        .processInstanceBusinessKey(project.getBusinessKey() + ":" + id).singleResult();
  }

  private void signUp(ProcessInstance d) {
    fixture.complete(d, "recordParticipationDecision", DwellingFixture.join(false));
    fixture.complete(d, "kitchenTableTalk", Map.of("kitchenTableTalkDate", "2026-02-01", "kitchenTableTalkOutcome", "ok"));
  }

  @Test
  void dwellingThatSignsUpAfterTheReleaseGoesStraightToItsInspection() {
    assertThat(project).isWaitingAt("signUpDeadlinePassed");
    runtime.setVariable(project.getId(), "inspectionsMayStart", true);
    ProcessInstance d = dwelling("w1");
    signUp(d);
    assertThat(d).hasNotPassed("awaitInspectionsMayStart").isWaitingAt("inspectDwelling");
  }

  @Test
  void missedSignalIsMadeUpForByTheRecheckTimer() {
    ProcessInstance d = dwelling("w1");
    signUp(d);
    assertThat(d).isWaitingAt("awaitInspectionsMayStart");
    // the project released the inspections, but its signal did not reach this dwelling
    runtime.setVariable(project.getId(), "inspectionsMayStart", true);
    Job recheck = management.createJobQuery().processInstanceId(d.getId()).activityId("recheckInspectionsMayStart")
        .singleResult();
    management.executeJob(recheck.getId());
    assertThat(d).isWaitingAt("inspectDwelling");
  }

  @Test
  void dwellingThatReachesItsCheckAfterTheProjectStoppedEndsNotConnected() {
    runtime.setVariable(project.getId(), "projectStopped", true);
    runtime.setVariable(project.getId(), "stopReason", "Te weinig aanmeldingen");
    ProcessInstance d = dwelling("w2");
    signUp(d);
    assertThat(d).isEnded().hasPassed("stoppedBeforeInspection");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(d.getId())
        .variableName(DwellingVariables.NOT_CONNECTED_REASON).singleResult().getValue()).isEqualTo("PROJECT_STOPPED");
  }

  @Test
  void dwellingThatStartsAfterTheOwnersDecisionsClosedEndsWithoutDecision() {
    runtime.setVariable(project.getId(), "undecidedClosed", true);
    Dwelling late = new Dwelling("w3", "Warmtelaan", "1234 AB", "3", Ownership.PRIVATE, DwellingType.TERRACED, "Bewoner", null);
    register.addAll(project.getBusinessKey(), java.util.List.of(late));
    processes.start(project.getBusinessKey(), java.util.List.of(late));
    var d = history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
        .processInstanceBusinessKey(project.getBusinessKey() + ":w3").singleResult();
    assertThat(d.getEndTime()).as("ended at once").isNotNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(d.getId()).activityId("dwellingUndecided")
        .count()).isEqualTo(1);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(d.getId())
        .variableName(DwellingVariables.NOT_CONNECTED_REASON).singleResult().getValue()).isEqualTo("NO_DECISION");
  }
}
