package nl.laatstemeter.project;

import nl.laatstemeter.contract.DwellingVariables;
import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.laatstemeter.access.FormAnswers;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.dwelling.DwellingProgress;
import nl.laatstemeter.dwelling.DwellingService;
import nl.laatstemeter.dwelling.DwellingStage;
import nl.laatstemeter.dwelling.NotConnectedReason;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rough project (issue 12, DOMAIN.md section 9): 200 dwellings where about a fifth of the owners
 * decline, refuse the plan or withdraw, some never decide, about a tenth of the visits find nobody
 * home (some three times, then tried again or ended unreachable) and the first tender finds no
 * installer. Every task is completed by a member of its candidate group with answers its form
 * accepts; time moves day by day on the engine clock and the timers run when they are due. The
 * project still reaches its evaluation and ends, every dwelling ends connected or not connected
 * with a reason, and nothing of the project is left in the runtime tables.
 */
class RoughProjectTest extends ProjectProcessTest {

  private static final Logger LOG = LoggerFactory.getLogger(RoughProjectTest.class);
  private static final int DWELLINGS = 200;
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final String METHOD = "Via de gevel";
  private static final Set<String> EXECUTION_VISITS = Set.of("connectToFacade", "installDeliverySet",
      "adaptIndoorInstallation", "commissionConnection");

  /** What happens to one dwelling in this project. */
  enum Fate {
    CONNECTED(null), DECLINES(NotConnectedReason.DECLINED), NEVER_DECIDES(NotConnectedReason.NO_DECISION),
    REFUSES_PLAN(NotConnectedReason.PLAN_REFUSED), REVISES_THEN_AGREES(null),
    WITHDRAWS_BEFORE_INSPECTION(NotConnectedReason.WITHDRAWN), WITHDRAWS_WHEN_PLANNED(NotConnectedReason.WITHDRAWN),
    NOBODY_HOME_ONCE(null), NOBODY_HOME_THRICE_TRIED_AGAIN(null), NOBODY_HOME_THRICE_UNREACHABLE(NotConnectedReason.UNREACHABLE),
    NOBODY_HOME_AT_DELIVERY_SET(null);

    final NotConnectedReason reason;

    Fate(NotConnectedReason reason) {
      this.reason = reason;
    }
  }

  @Autowired FormAnswers formAnswers;
  @Autowired DwellingService dwellingService;
  @Autowired DwellingProgress progress;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  final ObjectMapper mapper = new ObjectMapper();

  ProjectDriver p;
  LocalDate today = LocalDate.now(ZONE);
  final Map<String, Fate> fates = new TreeMap<>();
  final Map<String, String> ownership = new HashMap<>();
  final Map<String, Integer> noAccess = new HashMap<>();
  final Set<String> revised = new HashSet<>();
  final Map<String, Integer> completedPerTask = new TreeMap<>();
  int noAccessVisits;
  int visits;

  @AfterEach
  void realTimeAgain() {
    ClockUtil.reset();
  }

  static Fate fate(int i) {
    if (i % 15 == 1) {
      return Fate.DECLINES;
    }
    if (i % 15 == 4) {
      return Fate.REFUSES_PLAN;
    }
    if (i % 15 == 7) {
      return i % 2 == 0 ? Fate.WITHDRAWS_BEFORE_INSPECTION : Fate.WITHDRAWS_WHEN_PLANNED;
    }
    if (i % 40 == 19) {
      return Fate.NEVER_DECIDES;
    }
    if (i % 10 == 3) {
      return switch ((i / 10) % 4) {
        case 0 -> Fate.NOBODY_HOME_ONCE;
        case 1 -> Fate.NOBODY_HOME_THRICE_TRIED_AGAIN;
        case 2 -> Fate.NOBODY_HOME_THRICE_UNREACHABLE;
        default -> Fate.NOBODY_HOME_ONCE;
      };
    }
    if (i % 25 == 0) {
      return Fate.NOBODY_HOME_AT_DELIVERY_SET;
    }
    if (i % 15 == 10) {
      return Fate.REVISES_THEN_AGREES;
    }
    return Fate.CONNECTED;
  }

  private ObjectNode body() {
    ObjectNode body = (ObjectNode) FormFixture.recommended()
        .with("context.signUpDeadline", today.plusDays(21).toString()).json();
    body.put("name", "Ruwe wijk");
    ArrayNode list = body.putArray("dwellings");
    for (int i = 0; i < DWELLINGS; i++) {
      String id = String.format("R%03d", i);
      String owner = i % 3 == 0 ? "CORPORATE" : "PRIVATE";
      fates.put(id, fate(i));
      ownership.put(id, owner);
      list.addObject().put("id", id).put("address", "Ruweweg").put("postcode", "9712 " + (char) ('A' + i / 100) + "B")
          .put("houseNumber", String.valueOf(i % 100 + 1)).put("ownership", owner).put("type", "TERRACED")
          .putObject("resident").put("name", "Bewoner " + id).put("email", id.toLowerCase() + "@example.nl");
    }
    return body;
  }

  @Test
  void aRoughProjectStillReachesItsEvaluationAndEveryDwellingEndsConnectedOrWithAReason() throws Exception {
    long started = System.nanoTime();
    setClock(today, LocalTime.of(9, 0));
    p = ProjectDriver.start(engine, projects, json, body()).asParties(this::completeAsParty);

    // preparation; the first selection from the framework finds nobody, the coordinator tenders again
    ProjectSteps.declare(p);
    ProjectSteps.recordForm(p);
    p.complete("selectFromFramework", Map.of("frameworkAgreement", "RO-2025-01", "tenderOutcome", "NONE_AVAILABLE",
        "noAwardReason", "Alle installateurs uit de raamovereenkomst zitten vol."));
    assertThat(p.groupsOf("decideFailedTender")).containsExactly(HEAT);
    p.complete("decideFailedTender", Map.of("failedTenderDecision", "RETENDER",
        "failedTenderNotes", "Over een week opnieuw vragen."));
    ProjectSteps.selectFromFramework(p, INSTALLER);
    ProjectSteps.confirm(p);
    ProjectSteps.untilDwellingsStarted(p);
    runDueJobs();
    assertThat(progress.perStage(p.projectId)).containsEntry(DwellingStage.UNDECIDED, (long) DWELLINGS);

    // day by day: owners decide, dwellings are inspected (nobody home sometimes), plans are drawn up and
    // agreed or refused, the trains are planned once every participating dwelling agreed or ended, the
    // sign-up deadline passes, the residents hear of their dates, the planned days and new appointments come
    boolean trainsPlanned = false;
    for (int days = 0; days < 120 && p.tasks("handOverToOperations").isEmpty(); days++) {
      if (days > 0) {
        setClock(today.plusDays(1), LocalTime.of(12, 0));
      }
      runDueJobs();
      workTheDwellings();
      if (!trainsPlanned && !p.tasks("planTrains").isEmpty()) {
        assertThat(p.groupsOf("planTrains")).as("every participating dwelling agreed or ended").containsExactly(HEAT);
        p.complete("planTrains", Map.of("firstDate", workingDayAfter(today.plusDays(20)).toString(), "trainSize", 10,
            "bufferPercentage", 20, "planningRemarks", "Tien woningen per dag."));
        runDueJobs();
        trainsPlanned = true;
        // some owners withdraw once they know their date
        fates.forEach((id, fate) -> {
          if (fate == Fate.WITHDRAWS_WHEN_PLANNED) {
            assertThat(stageOf(id)).isEqualTo("PLANNED");
            withdraw(id, "Verkoopt de woning voor de geplande datum.");
          }
        });
        runDueJobs();
      }
    }
    assertThat(trainsPlanned).isTrue();
    assertThat(p.variable("signUpClosed")).isEqualTo(true);

    // every participating dwelling is connected or ended: hand-over, evaluation, aftercare
    assertThat(p.instance).hasPassed("runCompleted", "signalCloseUndecided");
    assertThat(p.groupsOf("handOverToOperations")).containsExactly(HEAT);
    ProjectSteps.handOver(p);
    ProjectSteps.evaluate(p);
    runDueJobs();
    // the last connected dwellings' aftercare: the project ends when every dwelling has ended
    workTheDwellings();
    runDueJobs();
    assertThat(p.instance).isEnded().hasPassed("evaluateCollaboration", "projectCompleted").hasNotPassed("projectStopped");

    // every dwelling ended connected (CLOSED after aftercare) or not connected with the reason of its path
    Map<NotConnectedReason, Long> expected = new EnumMap<>(NotConnectedReason.class);
    long connected = 0;
    for (Fate fate : fates.values()) {
      if (fate.reason == null) {
        connected++;
      } else {
        expected.merge(fate.reason, 1L, Long::sum);
      }
    }
    Map<NotConnectedReason, Long> reasons = new EnumMap<>(NotConnectedReason.class);
    List<HistoricProcessInstance> dwellings = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("dwellingConnection").processInstanceBusinessKeyLike(p.projectId + ":%").list();
    assertThat(dwellings).hasSize(DWELLINGS);
    for (HistoricProcessInstance d : dwellings) {
      String id = d.getBusinessKey().substring(p.projectId.length() + 1);
      assertThat(d.getEndTime()).as(id + " ended").isNotNull();
      Fate fate = fates.get(id);
      String stage = (String) historicVariable(d.getId(), DwellingVariables.STAGE);
      Object reason = historicVariable(d.getId(), NotConnectedReason.VARIABLE);
      if (fate.reason == null) {
        assertThat(stage).as(id + " (" + fate + ")").isEqualTo("CLOSED");
        assertThat(reason).as(id + " (" + fate + ")").isNull();
      } else {
        assertThat(stage).as(id + " (" + fate + ")").isEqualTo("NOT_CONNECTED");
        assertThat(reason).as(id + " (" + fate + ")").isEqualTo(fate.reason.name());
        reasons.merge(NotConnectedReason.valueOf((String) reason), 1L, Long::sum);
      }
    }
    assertThat(reasons).isEqualTo(expected);
    assertThat(progress.perStage(p.projectId)).containsEntry(DwellingStage.CLOSED, connected)
        .containsEntry(DwellingStage.NOT_CONNECTED, (long) DWELLINGS - connected);
    assertThat(progress.perNotConnectedReason(p.projectId)).containsAllEntriesOf(expected);
    long negative = expected.getOrDefault(NotConnectedReason.DECLINED, 0L)
        + expected.getOrDefault(NotConnectedReason.PLAN_REFUSED, 0L) + expected.getOrDefault(NotConnectedReason.WITHDRAWN, 0L);
    assertThat(negative).as("about a fifth of the owners say no").isBetween(DWELLINGS / 6L, DWELLINGS / 4L);
    assertThat(noAccessVisits).as("about a tenth of the visits find nobody home").isBetween(visits / 15, visits / 7);

    nothingOfTheProjectIsLeft();
    long seconds = Math.round((System.nanoTime() - started) / 1e9);
    LOG.info("Rough project {}: {} dwellings, {} connected, not connected {}; {} visits of which {} without access; "
        + "tasks completed {}; ran {} s", p.projectId, DWELLINGS, connected, reasons, visits, noAccessVisits,
        completedPerTask, seconds);
    System.out.printf("ROUGH PROJECT: %d dwellings, connected %d, not connected per reason %s, visits %d (no access %d), "
        + "run time %d s%n", DWELLINGS, connected, reasons, visits, noAccessVisits, seconds);
  }

  // ---- the parties at work

  /** Completes every dwelling task the parties would complete today, until none is left for today. */
  private void workTheDwellings() {
    for (int round = 0; round < 100; round++) {
      Map<String, String> dwellingOf = new HashMap<>();
      runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(p.projectId + ":%").list()
          .forEach(pi -> dwellingOf.put(pi.getId(), pi.getBusinessKey().substring(p.projectId.length() + 1)));
      List<Task> open = taskService.createTaskQuery().processInstanceBusinessKeyLike(p.projectId + ":%")
          .orderByTaskCreateTime().asc().list();
      int done = 0;
      for (Task task : open) {
        String id = dwellingOf.get(task.getProcessInstanceId());
        if (id != null && work(task, id)) {
          done++;
        }
      }
      runDueJobs();
      if (done == 0) {
        return;
      }
    }
    throw new AssertionError("the dwellings keep giving work");
  }

  /** One task of dwelling {@code id}; false when it waits (e.g. a visit due on a later day). */
  private boolean work(Task task, String id) {
    Fate fate = fates.get(id);
    String key = task.getTaskDefinitionKey();
    String day = today.toString();
    boolean visitByAppointment = EXECUTION_VISITS.contains(key) || "inspectDwelling".equals(key) && noAccess.containsKey(id);
    if (visitByAppointment && task.getDueDate() != null
        && task.getDueDate().toInstant().atZone(ZONE).toLocalDate().isAfter(today)) {
      return false;
    }
    Map<String, Object> answers = new LinkedHashMap<>();
    switch (key) {
      case "recordParticipationDecision" -> {
        assertThat(groups(task)).containsExactly("CORPORATE".equals(ownership.get(id)) ? HOUSING : COOP);
        if (fate == Fate.NEVER_DECIDES) {
          return false;
        }
        if (fate == Fate.DECLINES) {
          answers.put("participationDecision", "DECLINE");
          answers.put("declineReason", "Wil voorlopig op gas blijven koken.");
        } else {
          answers.put("participationDecision", "JOIN");
          answers.put("questionsOrResistance", false);
        }
      }
      case "inspectDwelling" -> {
        assertThat(groups(task)).containsExactly(INSTALLER);
        if (fate == Fate.WITHDRAWS_BEFORE_INSPECTION) {
          withdraw(id, "Ziet er na de informatieavond toch van af.");
          return true;
        }
        visits++;
        int before = noAccess.getOrDefault(id, 0);
        boolean nobodyHome = switch (fate) {
          case NOBODY_HOME_ONCE -> before < 1;
          case NOBODY_HOME_THRICE_TRIED_AGAIN -> before < 3;
          case NOBODY_HOME_THRICE_UNREACHABLE -> true;
          default -> false;
        };
        if (nobodyHome) {
          answers.put("visitOutcome", "NO_ACCESS");
          noAccess.put(id, before + 1);
          noAccessVisits++;
        } else {
          answers.putAll(Map.of("visitOutcome", "DONE", "visitDate", day, "kitchenTableTalkHeld", true,
              "dwellingType", "TERRACED", "deliverySetLocation", "meterkast", "connectionMethod", METHOD,
              "removeGasBoiler", true, "electricCooking", true, "structuralWork", false, "estimatedCost", 4200.0));
        }
      }
      case "makeNewAppointment" -> {
        assertThat(groups(task)).containsExactly(COOP);
        answers.put("appointmentDate", workingDayAfter(today.plusDays(2)).toString());
        answers.put("appointmentRemarks", "Telefonisch afgesproken.");
      }
      case "decideUnreachableDwelling" -> {
        assertThat(groups(task)).as("coordinator of the phase of the failed visit").containsExactly(HEAT);
        boolean giveUp = fate == Fate.NOBODY_HOME_THRICE_UNREACHABLE;
        answers.put("unreachableDecision", giveUp ? "UNREACHABLE" : "TRY_AGAIN");
        answers.put("unreachableRemarks", giveUp ? "Drie keer niemand thuis, geen reactie op brieven." : "Buren geven een nummer.");
        if (!giveUp) {
          noAccess.put(id, 3); // the count starts anew in the process; this owner is home next time
        }
      }
      case "drawUpConnectionPlan" -> answers.putAll(Map.of("connectionMethod", METHOD, "connectionPlan",
          "Tracé via de voortuin naar de meterkast.", "planCost", 3000.0, "ownerCost", 0.0));
      case "ownerAgreement" -> {
        if (fate == Fate.REFUSES_PLAN) {
          answers.put("ownerDecision", "REFUSE");
          answers.put("ownerRefusalReason", "Wil geen leidingen door de voortuin.");
        } else if (fate == Fate.REVISES_THEN_AGREES && revised.add(id)) {
          answers.put("ownerDecision", "REVISE");
          answers.put("ownerRefusalReason", "Afleverset liever in de bijkeuken.");
        } else {
          answers.put("ownerDecision", "AGREE");
        }
      }
      case "connectToFacade" -> answers.put("facadeConnectedDate", day);
      case "installDeliverySet" -> {
        visits++;
        if (fate == Fate.NOBODY_HOME_AT_DELIVERY_SET && noAccess.getOrDefault(id, 0) == 0) {
          noAccess.put(id, 1);
          noAccessVisits++;
          answers.put("visitOutcome", "NO_ACCESS");
        } else {
          answers.putAll(Map.of("visitOutcome", "DONE", "deliverySetInstalledDate", day,
              "deliverySetSerialNumber", "AS-" + id));
        }
      }
      case "adaptIndoorInstallation" -> {
        visits++;
        answers.putAll(Map.of("visitOutcome", "DONE", "indoorAdaptedDate", day, "gasBoilerRemoved", true));
      }
      case "commissionConnection" -> {
        visits++;
        answers.putAll(Map.of("visitOutcome", "DONE", "commissionedDate", day));
      }
      case "transferDeliverySet" -> answers.put("deliverySetTransferredDate", day);
      case "aftercareContact" -> answers.putAll(Map.of("aftercareDate", day, "residentSatisfaction", "SATISFIED"));
      case "informResidentOffline" -> answers.putAll(Map.of("offlineChannel", "PHONE", "offlineInformedDate", day));
      default -> throw new AssertionError("unexpected task " + key + " of dwelling " + id + " (" + fate + ")");
    }
    completeAsParty(task, answers);
    return true;
  }

  /** As a member of the task's (first) candidate group, with answers its form accepts. */
  private void completeAsParty(Task task, Map<String, Object> answers) {
    List<String> groups = groups(task);
    assertThat(groups).as("candidate groups of " + task.getTaskDefinitionKey()).isNotEmpty();
    String group = groups.get(0);
    identity.setAuthentication("medewerker-" + group, List.of(group));
    try {
      Map<String, Object> submitted = formAnswers.asSubmitted(task.getId(), answers);
      formAnswers.assertAccepted(task.getId(), submitted);
      taskService.complete(task.getId(), submitted);
    } finally {
      identity.clearAuthentication();
    }
    completedPerTask.merge(task.getTaskDefinitionKey(), 1, Integer::sum);
  }

  /** The owner withdraws, through the communication party or owner side (DwellingService, as POST …/withdrawal). */
  private void withdraw(String id, String reason) {
    String group = "CORPORATE".equals(ownership.get(id)) ? HOUSING : COOP;
    dwellingService.withdraw(p.projectId, id, mapper.createObjectNode().put("reason", reason),
        new DwellingService.Caller("medewerker-" + group, List.of(group)));
  }

  private List<String> groups(Task task) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  // ---- time and jobs

  private static LocalDate workingDayAfter(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!DutchCalendar.isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  private void setClock(LocalDate day, LocalTime time) {
    today = day;
    ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(ZONE).toInstant()));
  }

  /** Every instance of this project: the project, its tender, dwellings, messages, appointments and start batches. */
  private Set<String> projectInstanceIds() {
    Set<String> ids = new HashSet<>();
    runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(p.projectId + "%").list()
        .forEach(pi -> ids.add(pi.getId()));
    runtime.createProcessInstanceQuery().variableValueEquals("projectId", p.projectId).list()
        .forEach(pi -> ids.add(pi.getId()));
    return ids;
  }

  /** Runs the jobs of this project that are due at the engine clock (timers included), until none is left. */
  private void runDueJobs() {
    for (int round = 0; round < 1000; round++) {
      Set<String> ours = projectInstanceIds();
      List<Job> due = management.createJobQuery().executable().list().stream()
          .filter(j -> ours.contains(j.getProcessInstanceId())).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> management.executeJob(j.getId()));
    }
    throw new AssertionError("jobs keep coming");
  }

  private Object historicVariable(String processInstanceId, String name) {
    List<HistoricVariableInstance> found = history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).list();
    return found.stream().filter(v -> v.getValue() != null).map(HistoricVariableInstance::getValue).findFirst()
        .orElse(null);
  }

  private String stageOf(String id) {
    ProcessInstance d = runtime.createProcessInstanceQuery().processDefinitionKey("dwellingConnection")
        .processInstanceBusinessKey(p.projectId + ":" + id).singleResult();
    return d == null ? null : (String) runtime.getVariable(d.getId(), DwellingVariables.STAGE);
  }

  /** ACT_RU_*: no instance, task, job, timer, event subscription or incident of the project is left. */
  private void nothingOfTheProjectIsLeft() {
    Set<String> all = new HashSet<>();
    history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(p.projectId + "%").list()
        .forEach(h -> all.add(h.getId()));
    history.createHistoricProcessInstanceQuery().variableValueEquals("projectId", p.projectId).list()
        .forEach(h -> all.add(h.getId()));
    assertThat(all.size()).as("project, tender, dwellings, messages, appointments").isGreaterThan(DWELLINGS);
    assertThat(projectInstanceIds()).as("running instances of the project").isEmpty();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(p.projectId + "%").count()).isZero();
    assertThat(management.createJobQuery().list()).as("jobs and timers of the project")
        .noneMatch(j -> all.contains(j.getProcessInstanceId()));
    assertThat(runtime.createEventSubscriptionQuery().list()).as("event subscriptions of the project")
        .noneMatch(s -> all.contains(s.getProcessInstanceId()) || s.getEventName() != null
            && s.getEventName().endsWith("-" + p.projectId));
    assertThat(runtime.createIncidentQuery().list()).as("incidents of the project")
        .noneMatch(i -> all.contains(i.getProcessInstanceId()));
    assertThat(runtime.createExecutionQuery().list()).noneMatch(e -> all.contains(e.getProcessInstanceId()));
  }
}
