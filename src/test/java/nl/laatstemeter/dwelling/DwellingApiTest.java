package nl.laatstemeter.dwelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.project.ProjectService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The dwelling API on a running project: adding dwellings from JSON and CSV (with the import's
 * validation), resident reports and replanning, each with who may do it. The user and its
 * organisations are set on the engine as the platform's /api filter does.
 */
@EngineTest
class DwellingApiTest {

  @Autowired WebApplicationContext web;
  @Autowired ProcessEngine engine;
  @Autowired ProjectService projects;
  @Autowired DwellingRegister register;
  @Autowired DwellingFixture fixture;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired DwellingTimers timers;
  @Autowired PlannedDateNotice notice;

  MockMvc mvc;
  String projectId;
  ProcessInstance project;

  @BeforeEach
  void startProject() {
    AbstractAssertions.init(engine);
    mvc = MockMvcBuilders.webAppContextSetup(web).build();
    ArrayNode list = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    list.addObject().put("id", "w1").put("address", "Warmtelaan").put("postcode", "1234 AB").put("houseNumber", "1")
        .put("ownership", "PRIVATE").put("type", "TERRACED").putObject("resident").put("name", "Jan");
    project = fixture.projectAtDwellings(FormFixture.recommended(), "Warmtenet Noord", list);
    projectId = project.getBusinessKey();
  }

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  private ResultActions as(String group, org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
    identity.setAuthentication("user-" + group, List.of(group));
    try {
      return mvc.perform(request);
    } finally {
      identity.clearAuthentication();
    }
  }

  private ProcessInstance dwelling(String id) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
        .processInstanceBusinessKey(projectId + ":" + id).singleResult();
  }

  @Test
  void dwellingsAddedAsJsonStartAtOnceAndCountInTheProject() throws Exception {
    as(FormFixture.HEAT, post("/api/projects/{id}/dwellings", projectId).contentType(MediaType.APPLICATION_JSON).content("""
        [{"id": "w2", "address": "Warmtelaan", "postcode": "1234 AB", "houseNumber": "2", "ownership": "CORPORATE",
          "type": "GALLERY_FLAT", "resident": {"name": "Piet", "email": "piet@example.nl"}}]"""))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.added").value(1)).andExpect(jsonPath("$.started").value(1));
    assertThat(dwelling("w2")).isWaitingAt("recordParticipationDecision");
    assertThat(fixture.candidateGroups(fixture.task(dwelling("w2"), "recordParticipationDecision")))
        .containsExactly(FormFixture.HOUSING);
    assertThat(register.count(projectId)).isEqualTo(2);
  }

  @Test
  void aDwellingAddedUnderSampleFollowsTheRecordedFormAndGetsTheStandardPlanOfItsType() throws Exception {
    ArrayNode list = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    list.addObject().put("id", "s1").put("address", "Steekproeflaan").put("postcode", "1234 AB").put("houseNumber", "1")
        .put("ownership", "PRIVATE").put("type", "TERRACED").putObject("resident").put("name", "Jan");
    ProcessInstance sampleProject = fixture.projectAtDwellings(
        FormFixture.recommended().with("buildingBlocks.inspection.scope", "SAMPLE"), "Warmtenet Steekproef", list);
    String sampleProjectId = sampleProject.getBusinessKey();
    Object recordedForm = runtime.getVariable(sampleProject.getId(), "collaborationForm");

    as(FormFixture.HEAT, post("/api/projects/{id}/dwellings", sampleProjectId).contentType(MediaType.APPLICATION_JSON)
        .content("""
            [{"id": "s2", "address": "Steekproeflaan", "postcode": "1234 AB", "houseNumber": "2", "ownership": "PRIVATE",
              "type": "TERRACED", "resident": {"name": "Piet", "email": "piet@example.nl"}}]"""))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.started").value(1));
    assertThat(runtime.getVariable(sampleProject.getId(), "collaborationForm"))
        .as("adding a dwelling leaves the recorded form and its resolved defaults as they were").isEqualTo(recordedForm);
    ProcessInstance added = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
        .processInstanceBusinessKey(sampleProjectId + ":s2").singleResult();
    assertThat(runtime.getVariable(added.getId(), DwellingVariables.SAMPLE)).as("not in the sample").isNotEqualTo(true);

    fixture.complete(added, "recordParticipationDecision", DwellingFixture.join(false));
    if (!fixture.tasks(added, "kitchenTableTalk").isEmpty()) {
      fixture.complete(added, "kitchenTableTalk", Map.of("kitchenTableTalkDate", "2026-02-01", "kitchenTableTalkOutcome", "besproken"));
    }
    fixture.signal("inspectionsMayStart", sampleProjectId);
    assertThat(added).hasNotPassed("inspectDwelling").hasPassed("dwellingInspected");
    assertThat(runtime.getVariable(added.getId(), "standardPlan")).isEqualTo(true);
  }

  @Test
  void csvWithABadRowNamesEveryBadRowAndAddsNothing() throws Exception {
    as(FormFixture.COOP, post("/api/projects/{id}/dwellings", projectId).contentType("text/csv").content(
        DwellingReaderTest.HEADER
            + "w2;Warmtelaan;1234 AB;2;PRIVATE;TERRACED;Piet;piet@example.nl\n"
            + "w3;Warmtelaan;99;3;PRIVATE;TERRACED;;\n"
            + "w1;Warmtelaan;1234 AB;1;HUURDER;TERRACED;;\n"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("line 3.postcode"))
        .andExpect(jsonPath("$.errors[1].field").value("line 4.id"))
        .andExpect(jsonPath("$.errors[2].field").value("line 4.ownership"));
    assertThat(register.count(projectId)).isEqualTo(1);
    assertThat(dwelling("w2")).isNull();

    as(FormFixture.COOP, post("/api/projects/{id}/dwellings", projectId).contentType("text/csv").content(
        DwellingReaderTest.HEADER + "w2;Warmtelaan;1234 AB;2;PRIVATE;TERRACED;Piet;piet@example.nl\n"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.dwellingIds[0]").value("w2"));
    assertThat(dwelling("w2")).isWaitingAt("recordParticipationDecision");
  }

  @Test
  void onlyThePartiesOfTheProjectAddDwellingsAndAnUnknownProjectIsNotFound() throws Exception {
    String csv = DwellingReaderTest.HEADER + "w2;Warmtelaan;1234 AB;2;PRIVATE;TERRACED;;\n";
    // an organisation outside the project does not see it at all (DOMAIN.md section 10)
    as("andere-organisatie", post("/api/projects/{id}/dwellings", projectId).contentType("text/csv").content(csv))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("id"));
    as("management", post("/api/projects/{id}/dwellings", projectId).contentType("text/csv").content(csv))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.errors[0].field").value("$"));
    as(FormFixture.HEAT, post("/api/projects/{id}/dwellings", "P-BESTAATNIET").contentType("text/csv").content(csv))
        .andExpect(status().isNotFound());
  }

  @Test
  void residentReportOpensTheHandlingTaskUntilTheDwellingIsClosed() throws Exception {
    as(FormFixture.COOP, post("/api/projects/{id}/dwellings/{d}/reports", projectId, "w1")
        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
    as(FormFixture.COOP, post("/api/projects/{id}/dwellings/{d}/reports", projectId, "w1")
        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Er lekt water bij de meterkast\"}"))
        .andExpect(status().isAccepted());
    // without e-mail the communication party confirms receipt, beside the handling
    fixture.runJobs();
    Task offline = fixture.task(dwelling("w1"), "informResidentOffline");
    fixture.complete(offline, Map.of("offlineChannel", "PHONE", "offlineInformedDate", LocalDate.now().toString()));
    Task handle = fixture.task(dwelling("w1"), "handleResidentReport");
    assertThat(tasks.getVariable(handle.getId(), "reportText")).isEqualTo("Er lekt water bij de meterkast");
    assertThat(fixture.candidateGroups(handle)).containsExactly(FormFixture.COOP);
    fixture.complete(handle, Map.of("reportResolution", "monteur is langs geweest"));

    fixture.complete(dwelling("w1"), "recordParticipationDecision", Map.of("participationDecision", "DECLINE",
        "declineReason", "verhuist"));
    as(FormFixture.COOP, post("/api/projects/{id}/dwellings/{d}/reports", projectId, "w1")
        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"nog een vraag\"}"))
        .andExpect(status().isConflict());
  }

  /** Takes dwelling w1 to its planned date by the project's train planning: it waits for the notice moment. */
  private ProcessInstance plannedOn(LocalDate firstDate) {
    ProcessInstance d = dwelling("w1");
    fixture.complete(d, "recordParticipationDecision", DwellingFixture.join(false));
    fixture.runJobs();
    fixture.complete(d, "inspectDwelling", DwellingFixture.inspectionResult());
    fixture.runJobs();
    fixture.complete(d, "drawUpConnectionPlan", Map.of("connectionPlan", "tracé", "planCost", 1.0, "ownerCost", 0.0));
    fixture.complete(d, "ownerAgreement", Map.of("ownerDecision", "AGREE"));
    Task plan = tasks.createTaskQuery().processInstanceId(project.getId()).taskDefinitionKey("planTrains").singleResult();
    tasks.complete(plan.getId(), Map.of("firstDate", firstDate.toString(), "trainSize", 10, "bufferPercentage", 0));
    fixture.runJobs();
    assertThat(d).isWaitingAt(DwellingTimers.NOTICE_ACTIVITY);
    assertThat(fixture.tasks(d, "informResidentOffline")).as("nothing to tell before the notice moment").isEmpty();
    return d;
  }

  @Test
  void executionCoordinatorMovesThePlannedDateAndItsTimerAndTheResidentIsToldAgain() throws Exception {
    LocalDate monday = LocalDate.now().plusWeeks(3).with(DayOfWeek.MONDAY);
    ProcessInstance d = plannedOn(monday);
    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);
    fixture.complete(fixture.task(d, "informResidentOffline"), Map.of("offlineChannel", "LETTER",
        "offlineInformedDate", LocalDate.now().toString()));
    assertThat(d).isWaitingAt(DwellingTimers.WAIT_ACTIVITY);

    LocalDate later = monday.plusDays(2);
    String body = "{\"plannedDate\": \"" + later + "\"}";
    as(FormFixture.COOP, put("/api/projects/{id}/dwellings/{d}/planned-date", projectId, "w1")
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    as(FormFixture.HEAT, put("/api/projects/{id}/dwellings/{d}/planned-date", projectId, "w1")
        .contentType(MediaType.APPLICATION_JSON).content("{\"plannedDate\": \"" + LocalDate.now().minusDays(1) + "\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("plannedDate"));
    as(FormFixture.HEAT, put("/api/projects/{id}/dwellings/{d}/planned-date", projectId, "w1")
        .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk()).andExpect(jsonPath("$.previousPlannedDate").value(monday.toString()))
        .andExpect(jsonPath("$.timerMoved").value(true));

    Job timer = management.createJobQuery().processInstanceId(d.getId()).activityId(DwellingTimers.WAIT_ACTIVITY).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(DwellingTimers.dueDate(later));
    assertThat(register.plannedDate(projectId, "w1")).contains(later);
    fixture.runJobs();
    Task told = fixture.task(d, "informResidentOffline");
    assertThat(tasks.getVariable(told.getId(), "mailType")).isEqualTo("DATE_CHANGED");
    assertThat((String) tasks.getVariable(told.getId(), "offlineMessage")).contains("nieuwe datum");

    management.executeJob(timer.getId());
    as(FormFixture.HEAT, put("/api/projects/{id}/dwellings/{d}/planned-date", projectId, "w1")
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
  }

  @Test
  void movingTheDateBeforeTheResidentHeardOfItMovesTheNoticeAndTheResidentHearsOnlyTheNewDate() throws Exception {
    LocalDate first = LocalDate.now().plusWeeks(8).with(DayOfWeek.MONDAY);
    ProcessInstance d = plannedOn(first);
    assertThat(timers.noticeTimer(d.getId()).getDuedate()).isEqualTo(notice.noticeDateFor(first))
        .isAfter(new Date()).isBefore(DwellingTimers.dueDate(first));

    LocalDate later = first.plusWeeks(2).with(DayOfWeek.TUESDAY);
    as(FormFixture.HEAT, put("/api/projects/{id}/dwellings/{d}/planned-date", projectId, "w1")
        .contentType(MediaType.APPLICATION_JSON).content("{\"plannedDate\": \"" + later + "\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.previousPlannedDate").value(first.toString()))
        .andExpect(jsonPath("$.timerMoved").value(true));

    assertThat(timers.noticeTimer(d.getId()).getDuedate()).isEqualTo(notice.noticeDateFor(later))
        .isAfter(notice.noticeDateFor(first));
    assertThat(timers.waitingTimer(d.getId())).isNull();
    assertThat(d).isWaitingAt(DwellingTimers.NOTICE_ACTIVITY).hasPassed("dateChangeNotNeeded")
        .hasNotPassed("informResidentOfDateChange");
    assertThat(fixture.tasks(d, "informResidentOffline")).as("no change message for a date never told").isEmpty();

    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);
    Task told = fixture.task(d, "informResidentOffline");
    assertThat(tasks.getVariable(told.getId(), "mailType")).isEqualTo("PLANNED_DATE");
    assertThat((String) tasks.getVariable(told.getId(), "offlineMessage")).contains(DutchCalendar.format(later))
        .doesNotContain(DutchCalendar.format(first));
    fixture.complete(told, Map.of("offlineChannel", "PHONE", "offlineInformedDate", LocalDate.now().toString()));
    assertThat(d).isWaitingAt(DwellingTimers.WAIT_ACTIVITY);
    assertThat(timers.waitingTimer(d.getId()).getDuedate()).isEqualTo(DwellingTimers.dueDate(later));
  }

  // ---- withdrawal (DOMAIN.md sections 8 and 9)

  private org.springframework.test.web.servlet.RequestBuilder withdrawal(String dwellingId, String body) {
    return post("/api/projects/{id}/dwellings/{d}/withdrawal", projectId, dwellingId)
        .contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Test
  void contactPointWithdrawsAnOwnerAndTheProjectCountsTheDwellingPerReason() throws Exception {
    ProcessInstance d = dwelling("w1");
    fixture.complete(d, "recordParticipationDecision", DwellingFixture.join(false));
    fixture.runJobs();
    as(FormFixture.COOP, withdrawal("w1", "{\"reason\": \"Eigenaar verhuist\"}")).andExpect(status().isNoContent());
    assertThat(d).isEnded().hasPassed("dwellingWithdrawn");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(projectId + ":w1").count()).as("open tasks end").isZero();
    as(FormFixture.HEAT, get("/api/projects/{id}", projectId)).andExpect(status().isOk())
        .andExpect(jsonPath("$.dwellings.perStage.NOT_CONNECTED").value(1))
        .andExpect(jsonPath("$.dwellings.notConnectedByReason.WITHDRAWN").value(1))
        .andExpect(jsonPath("$.dwellings.notConnectedByReason.DECLINED").value(0));
    as(FormFixture.COOP, withdrawal("w1", "{\"reason\": \"nogmaals\"}")).andExpect(status().isConflict());
  }

  @Test
  void onlyTheContactPointOrTheOwnerSideMayWithdrawWithAReason() throws Exception {
    as(FormFixture.INSTALLER, withdrawal("w1", "{\"reason\": \"verhuist\"}")).andExpect(status().isForbidden());
    as("some-other-organisation", withdrawal("w1", "{\"reason\": \"verhuist\"}")).andExpect(status().isNotFound());
    as(FormFixture.COOP, withdrawal("w1", "{}")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    as(FormFixture.COOP, withdrawal("w9", "{\"reason\": \"verhuist\"}")).andExpect(status().isNotFound());
    assertThat(dwelling("w1")).isNotEnded();
  }

  @Test
  void ownerCanNoLongerWithdrawOnceTheExecutionHasStarted() throws Exception {
    ProcessInstance d = plannedOn(LocalDate.now().plusWeeks(3));
    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);
    fixture.complete(fixture.task(d, "informResidentOffline"), Map.of("offlineChannel", "LETTER",
        "offlineInformedDate", LocalDate.now().toString()));
    fixture.fireTimer(d, DwellingTimers.WAIT_ACTIVITY);
    assertThat(d).isWaitingAt("connectToFacade");
    as(FormFixture.COOP, withdrawal("w1", "{\"reason\": \"te laat\"}")).andExpect(status().isConflict());
    assertThat(d).isNotEnded();
  }

  // ---- trains (DOMAIN.md section 9)

  private void toPlan(ProcessInstance d) {
    fixture.complete(d, "recordParticipationDecision", DwellingFixture.join(false));
    fixture.runJobs();
    Map<String, Object> inspection = new java.util.HashMap<>(DwellingFixture.inspectionResult());
    inspection.put("visitOutcome", "DONE");
    fixture.complete(d, "inspectDwelling", inspection);
    fixture.runJobs();
    fixture.complete(d, "drawUpConnectionPlan", Map.of("connectionPlan", "tracé", "planCost", 1.0, "ownerCost", 0.0));
  }

  @Test
  void trainsPlanOnlyAgreedDwellingsAndADwellingThatAgreesLaterTakesTheFirstFreeSlot() throws Exception {
    as(FormFixture.HEAT, post("/api/projects/{id}/dwellings", projectId).contentType(MediaType.APPLICATION_JSON).content("""
        [{"id": "w2", "address": "Warmtelaan", "postcode": "1234 AB", "houseNumber": "2", "ownership": "PRIVATE",
          "type": "TERRACED", "resident": {"name": "Piet", "email": "piet@example.nl"}}]"""))
        .andExpect(status().isCreated());
    ProcessInstance agreed = dwelling("w1");
    ProcessInstance undecided = dwelling("w2");
    toPlan(agreed);
    fixture.complete(agreed, "ownerAgreement", Map.of("ownerDecision", "AGREE"));
    fixture.runJobs();
    toPlan(undecided);
    assertThat(undecided).isWaitingAt("ownerAgreement");

    LocalDate first = DutchCalendar.isWorkingDay(LocalDate.now().plusWeeks(5).with(DayOfWeek.TUESDAY))
        ? LocalDate.now().plusWeeks(5).with(DayOfWeek.TUESDAY) : LocalDate.now().plusWeeks(5).with(DayOfWeek.WEDNESDAY);
    // w2 has not agreed yet: the EXECUTION coordinator asks for the planning earlier
    fixture.runJobs();
    if (tasks.createTaskQuery().processInstanceId(project.getId()).taskDefinitionKey("planTrains").count() == 0) {
      as(FormFixture.HEAT, post("/api/projects/{id}/train-planning", projectId)).andExpect(status().isAccepted());
      fixture.runJobs();
    }
    Task plan = tasks.createTaskQuery().processInstanceId(project.getId()).taskDefinitionKey("planTrains").singleResult();
    tasks.complete(plan.getId(), Map.of("firstDate", first.toString(), "trainSize", 1, "bufferPercentage", 0));
    fixture.runJobs();
    assertThat(register.plannedDate(projectId, "w1")).contains(first);
    assertThat(register.plannedDate(projectId, "w2")).as("not agreed: not planned").isEmpty();
    assertThat(agreed).isWaitingAt(DwellingTimers.NOTICE_ACTIVITY);

    fixture.complete(undecided, "ownerAgreement", Map.of("ownerDecision", "AGREE"));
    fixture.runJobs();
    LocalDate next = TrainPlanner.trainDay(first, 1, 0);
    assertThat(register.plannedDate(projectId, "w2")).as("the next free train day").contains(next);
    assertThat(runtime.getVariable(undecided.getId(), DwellingVariables.PLANNED_DATE)).isEqualTo(next.toString());
    assertThat(DutchCalendar.isWorkingDay(next)).isTrue();
  }
}
