package nl.laatstemeter.dwelling;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import nl.laatstemeter.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What can happen to a dwelling at any time: resident reports, messages without e-mail, a stopped project. */
@EngineTest
class DwellingEventsTest {

  @Autowired ProcessEngine engine;
  @Autowired DwellingFixture fixture;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired HistoryService history;

  String projectId;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    projectId = DwellingFixture.newProjectId();
  }

  private void report(ProcessInstance d, String text) {
    runtime.createMessageCorrelation("ResidentReport").processInstanceBusinessKey(d.getBusinessKey())
        .setVariablesToTriggeredScope(Map.of("reportText", text, "reportReceivedAt", "2026-03-01T10:00")).correlate();
  }

  @Test
  void residentReportOpensAHandlingTaskForTheCommunicationPartyWhileTheDwellingGoesOn() {
    ProcessInstance d = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, true);
    report(d, "Lekkage bij de meterkast");
    report(d, "Geen warm water");
    fixture.runJobs(); // the receipt mails go first
    List<Task> reports = fixture.tasks(d, "handleResidentReport");
    assertThat(reports).hasSize(2).allSatisfy(t -> assertThat(fixture.candidateGroups(t)).containsExactly(COOP));
    assertThat(reports).map(t -> taskService.getVariable(t.getId(), "reportText"))
        .containsExactlyInAnyOrder("Lekkage bij de meterkast", "Geen warm water");
    assertThat(d).isWaitingAt("recordParticipationDecision", "handleResidentReport");
    reports.forEach(t -> fixture.complete(t, Map.of("reportResolution", "monteur langs geweest")));
    assertThat(d).isWaitingAt("recordParticipationDecision");
  }

  @Test
  void residentWithoutEmailHearsOfTheReportReceiptFromTheCommunicationPartyWhileTheReportIsHandled() {
    ProcessInstance d = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, false);
    report(d, "Radiator blijft koud");
    assertThat(fixture.tasks(d, "handleResidentReport")).as("the dwelling does not wait for the message").hasSize(1);
    fixture.runJobs(); // the message instance begins asynchronously
    Task offline = fixture.task(d, "informResidentOffline");
    assertThat(fixture.candidateGroups(offline)).containsExactly(COOP);
    assertThat((String) taskService.getVariable(offline.getId(), "offlineMessage")).contains("melding ontvangen");
    ProcessInstance message = fixture.message(d, "REPORT_RECEIVED");
    assertThat(message).isWaitingAt("informResidentOffline");
    assertThat(runtime.getVariable(message.getId(), "dwellingProcessInstanceId")).isEqualTo(d.getId());
    assertThat(runtime.getVariable(message.getId(), "reportText")).isEqualTo("Radiator blijft koud");
    assertThat(runtime.getVariable(message.getId(), "hasEmail")).isEqualTo(false);

    fixture.complete(fixture.task(d, "handleResidentReport"), Map.of("reportResolution", "monteur langs geweest"));
    assertThat(d).isWaitingAt("recordParticipationDecision");
    assertThat(message).isWaitingAt("informResidentOffline");
    fixture.complete(offline, Map.of("offlineChannel", "PHONE", "offlineInformedDate", "2026-03-02"));
    assertThat(message).isEnded().hasPassed("residentInformed");
  }

  @Test
  void distributedCommunicationLeavesOfflineMessagesToTheHeatCompany() {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.communication.approach", "DISTRIBUTED")
        .with("buildingBlocks.communication.party", null);
    ProcessInstance d = fixture.start(form, projectId, "w1", Ownership.PRIVATE, false);
    report(d, "Vraag over de planning");
    fixture.runJobs();
    assertThat(fixture.candidateGroups(fixture.task(d, "informResidentOffline"))).containsExactly(HEAT);
  }

  @Test
  void residentWithoutEmailIsToldThePlannedDateOfflineBeforeTheDwellingWaitsForIt() {
    ProcessInstance d = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, false);
    LocalDate date = LocalDate.of(2030, 3, 4);
    fixture.planned(d, projectId, "w1", date);
    assertThat(d).isWaitingAt(DwellingTimers.NOTICE_ACTIVITY);
    assertThat(fixture.tasks(d, "informResidentOffline")).as("no task before the notice moment").isEmpty();
    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);

    Task offline = fixture.task(d, "informResidentOffline");
    assertThat((String) taskService.getVariable(offline.getId(), "offlineMessage")).contains("maandag 4 maart 2030");
    // the form shows the mail's own text: subject first, then the plain-text mail
    assertThat((String) engine.getFormService().getTaskFormVariables(offline.getId()).getValue("offlineMessage", String.class))
        .startsWith("Uw woning wordt aangesloten op het warmtenet op maandag 4 maart 2030")
        .contains("tussen 08:00 en 17:00 uur");
    assertThat(taskService.getVariable(offline.getId(), "mailType")).isEqualTo("PLANNED_DATE");
    assertThat(d).as("the dwelling does not wait for the communication party")
        .hasPassed("informResidentOfPlannedDate").isWaitingAt(DwellingTimers.WAIT_ACTIVITY);
    ProcessInstance message = fixture.message(d, "PLANNED_DATE");
    assertThat(message).isWaitingAt("informResidentOffline");
    fixture.complete(offline, Map.of("offlineChannel", "LETTER", "offlineInformedDate", "2026-03-02"));
    assertThat(message).isEnded();
    assertThat(d).isWaitingAt(DwellingTimers.WAIT_ACTIVITY);
  }

  @Test
  void aDwellingWithoutEmailStartsItsWorkOnThePlannedDayWhileTheOfflineMessageIsStillOpen() {
    ProcessInstance d = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, false);
    fixture.planned(d, projectId, "w1", LocalDate.of(2030, 3, 4));
    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);
    Task offline = fixture.task(d, "informResidentOffline");
    ProcessInstance message = fixture.message(d, "PLANNED_DATE");

    fixture.fireTimer(d, DwellingTimers.WAIT_ACTIVITY);
    assertThat(d).isWaitingAt("connectToFacade", "adaptIndoorInstallation");
    assertThat(message).isWaitingAt("informResidentOffline");
    assertThat(taskService.createTaskQuery().taskId(offline.getId()).count()).as("still open for the communication party").isOne();
    fixture.complete(offline, Map.of("offlineChannel", "VISIT", "offlineInformedDate", "2030-03-01"));
    assertThat(message).isEnded();
    assertThat(d).isWaitingAt("connectToFacade", "adaptIndoorInstallation");
  }

  @Test
  void residentWithEmailPassesTheMessagePointsWithoutATask() {
    ProcessInstance d = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, true);
    int before = TestSmtp.server().getReceivedMessagesForDomain("bewoner@example.nl").length;
    report(d, "Vraag");
    assertThat(fixture.tasks(d, "informResidentOffline")).isEmpty();
    fixture.runJobs();
    assertThat(fixture.tasks(d, "handleResidentReport")).hasSize(1);
    // the receipt of the report reached the resident (the server keeps mails per mailbox)
    assertThat(TestSmtp.server().getReceivedMessagesForDomain("bewoner@example.nl")).hasSizeGreaterThan(before);
  }

  @Test
  void stoppedProjectAlsoEndsTheMessagesStillOpenForTheResident() {
    ProcessInstance d = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, false);
    report(d, "Wanneer komen jullie?");
    fixture.runJobs();
    ProcessInstance message = fixture.message(d, "REPORT_RECEIVED");
    assertThat(message).isWaitingAt("informResidentOffline");

    fixture.signal("projectStopped", projectId);
    assertThat(d).isEnded().hasPassed("dwellingStopped");
    assertThat(message).isEnded();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(message.getId()).singleResult()
        .getDeleteReason()).isEqualTo("Project gestopt");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(projectId + ":%").count()).isZero();
  }

  @Test
  void stoppedProjectEndsAnOpenDwellingAsNotConnectedWithTheReason() {
    ProcessInstance undecided = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, true);
    ProcessInstance waiting = fixture.start(FormFixture.recommended(), projectId, "w2", Ownership.PRIVATE, true);
    fixture.complete(waiting, "recordParticipationDecision", DwellingFixture.join(false));
    fixture.signal("projectStopped", projectId);
    for (ProcessInstance d : List.of(undecided, waiting)) {
      assertThat(d).isEnded().hasPassed("dwellingStopped");
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(d.getId()).variableName("stage")
          .singleResult().getValue()).isEqualTo("NOT_CONNECTED");
    }
    assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(projectId + ":%").count()).isZero();
  }
}
