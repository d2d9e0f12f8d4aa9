package nl.laatstemeter.ambitions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.dwelling.DwellingFixture;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of DOMAIN.md section 7 for a project driven through known steps on known days
 * (engine clock, Europe/Amsterdam; day 0 is a Monday in a holiday-free stretch ahead), under the recommended form with the housing association as
 * inspection companion and the cooperative as the residents' one contact point:
 * <ul>
 *   <li>w1 (corporate, e-mail): joins on day 0 (Monday), inspected day 1, connected entirely on day 14
 *   (Monday), aftercare on day 18 (ends: its figures are kept);</li>
 *   <li>w2 (private, no e-mail): joins day 0, inspected day 2, facade and delivery set on day 14,
 *   indoor work and commissioning on day 15 (not one day); the cooperative tells the
 *   resident by letter (informResidentOffline) instead of mails;</li>
 *   <li>w3 (corporate): declines.</li>
 * </ul>
 */
@EngineTest
class AmbitionFiguresTest {

  @Autowired ProcessEngine engine;
  @Autowired DwellingFixture fixture;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired Ambitions ambitions;
  @Autowired DwellingFigures figures;
  @Autowired ManagementView view;
  @Autowired JdbcTemplate jdbc;

  private String projectId;
  /** Day 0: a Monday a few weeks ahead (the train planning refuses past dates) with three working weeks after it. */
  private LocalDate base;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void figuresOfEachDwellingFollowWhatWasDoneToIt() {
    base = workingMonday();
    at(0, 8, 0);
    ArrayNode list = new ObjectMapper().createArrayNode();
    dwelling(list, "w1", "CORPORATE", "w1@example.nl");
    dwelling(list, "w2", "PRIVATE", null);
    dwelling(list, "w3", "CORPORATE", "w3@example.nl");
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.companion", "HOUSING_ASSOCIATION");
    ProcessInstance project = fixture.projectAtDwellings(form, "Ambities Lindelaan", list);
    projectId = project.getBusinessKey();

    at(0, 9, 0);
    complete("w1", "recordParticipationDecision", DwellingFixture.join(false));
    at(0, 9, 10);
    complete("w2", "recordParticipationDecision", DwellingFixture.join(false));
    at(0, 9, 20);
    complete("w3", "recordParticipationDecision", Map.of("participationDecision", "DECLINE", "declineReason", "geen interesse"));

    at(1, 10, 0);
    complete("w1", "inspectDwelling", visit(DwellingFixture.inspectionResult(), "DONE"));
    at(2, 10, 0);
    complete("w2", "inspectDwelling", visit(DwellingFixture.inspectionResult(), "DONE"));
    at(3, 10, 0);
    for (String w : List.of("w1", "w2")) {
      complete(w, "drawUpConnectionPlan", Map.of("connectionPlan", "tracé", "planCost", 1.0, "ownerCost", 0.0));
    }
    at(4, 10, 0);
    for (String w : List.of("w1", "w2")) {
      complete(w, "ownerAgreement", Map.of("ownerDecision", "AGREE"));
    }
    Task plan = tasks.createTaskQuery().processInstanceBusinessKey(projectId).taskDefinitionKey("planTrains").singleResult();
    assertThat(plan).as("the project plans the trains once both dwellings agreed").isNotNull();
    at(4, 11, 0);
    tasks.complete(plan.getId(), Map.of("firstDate", base.plusDays(14).toString(), "trainSize", 2, "bufferPercentage", 0));
    fixture.runJobs();
    for (String timer : List.of("waitForNoticeDate", "waitForPlannedDate")) {
      for (String w : List.of("w1", "w2")) {
        fixture.fireTimer(instance(w), timer);
      }
    }
    // the planned-date notice: a mail to w1's resident, a letter task for w2's
    at(7, 9, 0);
    complete("w2", "informResidentOffline", Map.of());

    at(14, 8, 0);
    complete("w1", "connectToFacade", Map.of());
    at(14, 9, 0);
    complete("w1", "installDeliverySet", visit(Map.of(), "DONE"));
    at(14, 10, 0);
    complete("w1", "adaptIndoorInstallation", visit(Map.of(), "DONE"));
    at(14, 11, 0);
    complete("w2", "connectToFacade", Map.of());
    at(14, 12, 0);
    complete("w2", "installDeliverySet", visit(Map.of(), "DONE"));
    at(14, 15, 0);
    complete("w1", "commissionConnection", visit(Map.of("commissionedDate", base.plusDays(14).toString()), "DONE"));
    at(15, 9, 0);
    complete("w2", "adaptIndoorInstallation", visit(Map.of(), "DONE"));
    at(15, 14, 0);
    complete("w2", "commissionConnection", visit(Map.of("commissionedDate", base.plusDays(15).toString()), "DONE"));
    at(16, 9, 0);
    complete("w2", "informResidentOffline", Map.of()); // the completion, by letter
    at(18, 9, 0);
    complete("w1", "aftercareContact", Map.of("aftercareDate", base.plusDays(18).toString(), "residentSatisfaction", "TEVREDEN"));

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(projectId + ":w1").count())
        .as("w1 has ended").isZero();
    assertThat(figures.kept(projectId, "w1")).isTrue();
    assertThat(figures.kept(projectId, "w3")).as("a declined dwelling ends too").isTrue();
    assertThat(figures.kept(projectId, "w2")).as("w2 is in aftercare").isFalse();
    assertThat(jdbc.queryForList("SELECT DISTINCT sender_group FROM LM_SENT_MAIL WHERE business_key = ?", String.class,
        projectId + ":w1")).as("the mails to w1's resident go out in the cooperative's name").containsExactly(FormFixture.COOP);

    Map<String, DwellingFigures.Row> rows = ambitions.dwellings(projectId).orElseThrow().stream()
        .collect(Collectors.toMap(DwellingFigures.Row::dwellingId, Function.identity()));
    DwellingFigures.Row w1 = rows.get("w1");
    assertThat(w1.visits()).as("w1: inspection day and connection day").isEqualTo(2);
    assertThat(w1.partiesEntering()).as("w1: installer, heat company and the housing association as companion").isEqualTo(3);
    assertThat(w1.contactPoints()).as("w1: the cooperative only (mails, aftercare)").isEqualTo(1);
    assertThat(w1.oneDay()).isTrue();
    assertThat(w1.connectedDay()).isEqualTo(base.plusDays(14));
    assertThat(w1.leadTimeDays()).as("two weeks, Monday to Monday").isEqualTo(10);
    // corporation, installer, installer, corporation, heat, heat, installer, heat, cooperative
    assertThat(w1.handOvers()).isEqualTo(6);
    assertThat(w1.stage()).isEqualTo("CLOSED");

    DwellingFigures.Row w2 = rows.get("w2");
    assertThat(w2.visits()).as("w2: inspection, days 14 and 15").isEqualTo(3);
    assertThat(w2.partiesEntering()).isEqualTo(3);
    assertThat(w2.contactPoints()).as("w2: the cooperative's letters").isEqualTo(1);
    assertThat(w2.oneDay()).isFalse();
    assertThat(w2.leadTimeDays()).isEqualTo(11);
    assertThat(w2.stage()).isEqualTo("CONNECTED");

    DwellingFigures.Row w3 = rows.get("w3");
    assertThat(w3.joined()).isFalse();
    assertThat(w3.visits()).isZero();
    assertThat(w3.connected()).isFalse();
    assertThat(w3.stage()).isEqualTo("NOT_CONNECTED");
    assertThat(w3.notConnectedReason()).isEqualTo("DECLINED");

    ProjectAmbitions summary = ambitions.of(projectId).orElseThrow();
    assertThat(summary.dwellings().total()).isEqualTo(3);
    assertThat(summary.dwellings().byStage()).containsEntry("CLOSED", 1L).containsEntry("CONNECTED", 1L)
        .containsEntry("NOT_CONNECTED", 1L);
    assertThat(summary.dwellings().notConnectedByReason()).containsExactly(Map.entry("DECLINED", 1L));
    assertThat(summary.participation().rate()).isEqualTo(66.67);
    assertThat(summary.visits()).isEqualTo(new ProjectAmbitions.Visits(2.5, 3, 50.0));
    assertThat(summary.partiesEntering()).isEqualTo(new ProjectAmbitions.PartiesEntering(3.0, 3));
    assertThat(summary.contactPoints()).isEqualTo(new ProjectAmbitions.ContactPoints(1.0, 1, 100.0));
    assertThat(summary.oneDay()).isEqualTo(new ProjectAmbitions.OneDay(2, 1, 50.0));
    assertThat(summary.leadTimeDays()).isEqualTo(new ProjectAmbitions.LeadTime(10, 11));

    // per organisation: open tasks as the engine counts them; the bottleneck by the rule of section 7
    for (ProjectAmbitions.Organisation o : summary.organisations()) {
      long open = tasks.createTaskQuery().processInstanceBusinessKeyLike(projectId + "%").taskCandidateGroup(o.group()).count();
      assertThat(o.openTasks()).as("open tasks of " + o.group()).isEqualTo(open);
    }
    assertThat(summary.organisations()).extracting(ProjectAmbitions.Organisation::group)
        .contains(FormFixture.HEAT, FormFixture.MUNI, FormFixture.HOUSING, FormFixture.INSTALLER, FormFixture.COOP);
    ProjectAmbitions.Organisation worst = summary.organisations().stream().filter(o -> o.waitHours().p90() != null)
        .max((a, b) -> a.waitHours().p90().compareTo(b.waitHours().p90())).orElseThrow();
    assertThat(summary.bottleneck()).isEqualTo(worst.group());

    // the list of all projects (one query over every project) shows the same figures at a glance
    ManagementView.Glance glance = view.projects().stream().filter(l -> l.id().equals(projectId)).findFirst()
        .orElseThrow().glance();
    assertThat(glance.dwellings()).isEqualTo(summary.dwellings());
    assertThat(glance.shareAtMostTwoVisits()).isEqualTo(summary.visits().shareAtMostTwo());
    assertThat(glance.shareOneContactPoint()).isEqualTo(summary.contactPoints().shareOne());
    assertThat(glance.oneDay()).isEqualTo(summary.oneDay());
  }

  @Test
  void openTasksPastTheirDueDateAreOverdueForTheirOrganisation() {
    // today (the due dates of processes/due-dates.dmn count from today's date)
    ArrayNode list = new ObjectMapper().createArrayNode();
    dwelling(list, "w1", "CORPORATE", "w1@example.nl");
    dwelling(list, "w2", "PRIVATE", null);
    projectId = fixture.projectAtDwellings(FormFixture.recommended(), "Ambities Kastanjelaan", list).getBusinessKey();
    complete("w1", "recordParticipationDecision", DwellingFixture.join(false));

    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyLike(projectId + "%").list();
    assertThat(open).as("the project's open tasks carry due dates (processes/due-dates.dmn)")
        .anyMatch(t -> t.getDueDate() != null);
    for (ProjectAmbitions.Organisation o : ambitions.of(projectId).orElseThrow().organisations()) {
      assertThat(o.overdueTasks()).as("nothing is late on the day the tasks came: " + o.group()).isZero();
    }

    // two months on, nothing done: every open task with a due date is late
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(60))));
    Date now = ClockUtil.getCurrentTime();
    ProjectAmbitions later = ambitions.of(projectId).orElseThrow();
    long overdue = 0;
    for (ProjectAmbitions.Organisation o : later.organisations()) {
      long late = tasks.createTaskQuery().processInstanceBusinessKeyLike(projectId + "%").taskCandidateGroup(o.group())
          .dueBefore(now).count();
      assertThat(o.overdueTasks()).as("overdue tasks of " + o.group()).isEqualTo(late);
      assertThat(o.overdueTasks()).as("overdue tasks are open tasks").isLessThanOrEqualTo(o.openTasks());
      overdue += o.overdueTasks();
    }
    assertThat(overdue).as("the organisations have late tasks").isPositive();
    ProjectAmbitions.Organisation participation = later.organisations().stream()
        .filter(o -> o.group().equals(candidateGroupOf("w2", "recordParticipationDecision"))).findFirst().orElseThrow();
    assertThat(participation.overdueTasks()).as("w2's participation decision is late").isPositive();
  }

  private String candidateGroupOf(String dwellingId, String key) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(projectId + ":" + dwellingId).taskDefinitionKey(key)
        .singleResult();
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null).findFirst()
        .orElseThrow().getGroupId();
  }

  private static void dwelling(ArrayNode list, String id, String ownership, String email) {
    ObjectNode d = list.addObject().put("id", id).put("address", "Lindelaan " + id.substring(1)).put("postcode", "1234 AB")
        .put("houseNumber", id.substring(1)).put("ownership", ownership).put("type", "TERRACED");
    ObjectNode resident = d.putObject("resident").put("name", "Bewoner " + id);
    if (email != null) {
      resident.put("email", email);
    }
  }

  private static Map<String, Object> visit(Map<String, Object> variables, String outcome) {
    Map<String, Object> all = new java.util.HashMap<>(variables);
    all.put(Measured.VISIT_OUTCOME, outcome);
    return all;
  }

  private ProcessInstance instance(String dwellingId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("dwellingConnection")
        .processInstanceBusinessKey(projectId + ":" + dwellingId).singleResult();
  }

  private void complete(String dwellingId, String key, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(projectId + ":" + dwellingId).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as(key + " of " + dwellingId).isNotNull();
    tasks.complete(task.getId(), variables);
    fixture.runJobs();
  }

  /** Sets the engine's clock to a day after {@link #base}, at a Dutch time. */
  private void at(int day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(base.plusDays(day).atTime(hour, minute).atZone(Measured.ZONE).toInstant()));
  }

  private static LocalDate workingMonday() {
    LocalDate monday = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    while (!monday.datesUntil(monday.plusDays(21)).filter(d -> d.getDayOfWeek().getValue() <= 5)
        .allMatch(DutchCalendar::isWorkingDay)) {
      monday = monday.plusWeeks(1);
    }
    return monday;
  }

  @SuppressWarnings("unused")
  private List<Job> jobs() {
    return management.createJobQuery().list();
  }
}
