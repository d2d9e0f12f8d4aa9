package nl.laatstemeter.dwelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real project with 200 dwellings: the project starts them in batches, counts them per stage
 * while they progress, plans them in trains and learns from the last connected dwelling that all
 * are connected (message AllDwellingsConnected), without waiting for declined dwellings.
 */
@EngineTest
class ProjectFollowsDwellingsTest {

  static final int DWELLINGS = 200;
  static final int DECLINING = 40;

  @Autowired ProcessEngine engine;
  @Autowired DwellingProgress progress;
  @Autowired DwellingRegister register;
  @Autowired DwellingFixture fixture;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired DwellingSettings settings;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  private List<Task> open(String projectId, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKeyLike(projectId + ":%").taskDefinitionKey(key).list();
  }

  private void completeAll(String projectId, String key, Map<String, Object> variables) {
    List<Task> found = open(projectId, key);
    assertThat(found).as("open " + key).isNotEmpty();
    found.forEach(t -> tasks.complete(t.getId(), variables));
    fixture.runJobs();
  }

  private Map<DwellingStage, Long> nonZero(String projectId) {
    return progress.perStage(projectId).entrySet().stream().filter(e -> e.getValue() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }

  @Test
  void projectCountsTwoHundredDwellingsPerStageAndHearsWhenTheLastOneIsConnected() {
    ArrayNode list = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    for (int i = 0; i < DWELLINGS; i++) {
      ObjectNode d = list.addObject().put("id", String.format("w%03d", i)).put("address", "Warmtelaan")
          .put("postcode", "1234 AB").put("houseNumber", String.valueOf(i + 1))
          .put("ownership", i % 3 == 0 ? "CORPORATE" : "PRIVATE").put("type", "TERRACED");
      d.putObject("resident").put("name", "Bewoner " + i).put("email", "bewoner" + i + "@example.nl");
    }
    // the project has done its preparation (design included): it starts its dwellings
    ProcessInstance project = fixture.projectAtDwellings(FormFixture.recommended(), "Warmtenet Zuid", list);
    String projectId = project.getBusinessKey();

    // batches of start-batch-size dwellings, each its own instance of the batch process (and its own job), all done
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DWELLING_START_BATCH).variableValueEquals(DwellingVariables.PROJECT_ID, projectId)
        .finished().count())
        .isEqualTo((DWELLINGS + settings.getStartBatchSize() - 1) / settings.getStartBatchSize()).isGreaterThan(1);
    assertThat(progress.running(projectId)).isEqualTo(DWELLINGS);
    assertThat(nonZero(projectId)).containsExactly(Map.entry(DwellingStage.UNDECIDED, (long) DWELLINGS));
    assertThat(open(projectId, "recordParticipationDecision")).hasSize(DWELLINGS);

    // participation: 40 owners decline, the others sign up; inspections were released already
    List<Task> decisions = open(projectId, "recordParticipationDecision");
    for (int i = 0; i < decisions.size(); i++) {
      tasks.complete(decisions.get(i).getId(), i < DECLINING
          ? Map.of("participationDecision", "DECLINE", "declineReason", "geen interesse")
          : DwellingFixture.join(false));
    }
    fixture.runJobs();
    int joined = DWELLINGS - DECLINING;
    assertThat(nonZero(projectId)).containsExactly(Map.entry(DwellingStage.SIGNED_UP, (long) joined),
        Map.entry(DwellingStage.NOT_CONNECTED, (long) DECLINING));
    assertThat(open(projectId, "inspectDwelling")).hasSize(joined);

    completeAll(projectId, "inspectDwelling", DwellingFixture.inspectionResult());
    assertThat(progress.perStage(projectId)).containsEntry(DwellingStage.INSPECTED, (long) joined);
    completeAll(projectId, "drawUpConnectionPlan", Map.of("connectionPlan", "tracé", "planCost", 2500.0, "ownerCost", 0.0));
    completeAll(projectId, "ownerAgreement", Map.of("ownerDecision", "AGREE"));
    assertThat(open(projectId, "drawUpConnectionPlan")).isEmpty();

    // train planning: 20 dwellings a working day, 20% buffer
    LocalDate monday = LocalDate.now().plusWeeks(2).with(DayOfWeek.MONDAY);
    Task plan = tasks.createTaskQuery().processInstanceId(project.getId()).taskDefinitionKey("planTrains").singleResult();
    assertThat(plan).as("project waits at planTrains").isNotNull();
    tasks.complete(plan.getId(), Map.of("firstDate", monday.toString(), "trainSize", 20, "bufferPercentage", 20));
    fixture.runJobs();
    assertThat(runtime.getVariable(project.getId(), "plannedDwellings")).isEqualTo(joined);
    Map<LocalDate, Long> perDay = register.ofProject(projectId).stream()
        .map(d -> register.plannedDate(projectId, d.id()).orElse(null)).filter(d -> d != null)
        .collect(Collectors.groupingBy(d -> d, TreeMap::new, Collectors.counting()));
    assertThat(perDay.values()).containsExactly(20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L);
    assertThat(perDay.keySet()).allSatisfy(d -> assertThat(DutchCalendar.isWorkingDay(d)).isTrue())
        .first().isEqualTo(DutchCalendar.workingDayFrom(monday));
    // five trains on five working days, the sixth working day is a buffer day
    assertThat(List.copyOf(perDay.keySet()).get(5)).isEqualTo(DutchCalendar.workingDaysAfter(monday, 6));
    assertThat(nonZero(projectId)).containsExactly(Map.entry(DwellingStage.PLANNED, (long) joined),
        Map.entry(DwellingStage.NOT_CONNECTED, (long) DECLINING));
    assertThat(project).isWaitingAt("waitForAllConnected");

    // execution: every dwelling but one is connected; the project keeps waiting
    // the residents are told their dates, then the dates come
    List<String> dwellings = runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(projectId + ":%").list()
        .stream().map(ProcessInstance::getId).toList();
    for (String waiting : List.of(DwellingTimers.NOTICE_ACTIVITY, DwellingTimers.WAIT_ACTIVITY)) {
      List<Job> timers = management.createJobQuery().timers().activityId(waiting).list().stream()
          .filter(j -> dwellings.contains(j.getProcessInstanceId())).toList();
      assertThat(timers).as("dwellings waiting at " + waiting).hasSize(joined);
      timers.forEach(timer -> management.executeJob(timer.getId()));
      fixture.runJobs();
    }
    for (String key : List.of("connectToFacade", "installDeliverySet", "adaptIndoorInstallation")) {
      completeAll(projectId, key, Map.of());
    }
    List<Task> commissioning = open(projectId, "commissionConnection");
    assertThat(commissioning).hasSize(joined);
    Task last = commissioning.remove(0);
    commissioning.forEach(t -> tasks.complete(t.getId(), Map.of("commissionedDate", "2026-05-01")));
    fixture.runJobs();
    Map<DwellingStage, Long> counts = new HashMap<>(nonZero(projectId));
    assertThat(counts).containsEntry(DwellingStage.CONNECTED, (long) joined - 1).containsEntry(DwellingStage.IN_EXECUTION, 1L);
    assertThat(progress.remaining(projectId, Milestone.connected)).isEqualTo(1);
    assertThat(project).isWaitingAt("waitForAllConnected");

    tasks.complete(last.getId(), Map.of("commissionedDate", "2026-05-02"));
    fixture.runJobs();
    assertThat(project).isWaitingAt("handOverToOperations");
    assertThat(progress.reached(projectId, Milestone.connected)).isTrue();
    assertThat(open(projectId, "aftercareContact")).hasSize(joined);
  }
}
