package nl.laatstemeter.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.laatstemeter.contract.BusinessKey;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.dwelling.DwellingProcesses;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.dwelling.DwellingService;
import nl.laatstemeter.dwelling.DwellingTimers;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.routing.ProcessRouting;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Moves a freshly started demo project forward the way its parties would: every open task is
 * claimed and completed by a demo user of one of its candidate groups, logged in as that user
 * (history and Cockpit show who did it), with the answers of {@link DemoAnswers}; due jobs are run
 * here, so it works with and without the job executor (a job the executor has acquired is left to
 * it; a failing job such as a mail to a server that is down is left to its retries).
 *
 * <p>The project goes through its preparation to the train planning; the dwellings go to their
 * {@link DemoStage}; the first train is planned from the next working day and the execution
 * coordinator moves the dwellings that start today to today (PUT .../planned-date) and, before
 * 07:00, starts their day early; finally the communication party passes on the residents' reports.
 */
@Component
@ConditionalOnProperty(name = "laatstemeter.demo-data", havingValue = "true")
public class DemoWalkthrough {

  private static final Logger LOG = LoggerFactory.getLogger(DemoWalkthrough.class);
  private static final int MAX_ROUNDS = 50;
  private static final int MAX_JOB_ROUNDS = 500;
  private static final long MAX_WAIT_FOR_EXECUTOR_MILLIS = 60_000;
  private static final long WAIT_STEP_MILLIS = 50;

  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final DwellingService dwellings;
  private final RuntimeService runtime;
  private final DwellingRegister register;
  private final RoutingService routing;
  private final FormJson json;
  private final ProcessRouting processRouting;
  private final DwellingTimers timers;
  private final Clock clock = BusinessTime.clock();

  DemoWalkthrough(TaskService tasks, ManagementService management, IdentityService identity, DwellingService dwellings,
      RuntimeService runtime, DwellingRegister register, RoutingService routing, FormJson json, DwellingTimers timers,
      ProcessRouting processRouting) {
    this.processRouting = processRouting;
    this.timers = timers;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.dwellings = dwellings;
    this.runtime = runtime;
    this.register = register;
    this.routing = routing;
    this.json = json;
  }

  /** What the walkthrough did: the dwellings per stage and the open dwelling tasks per organisation. */
  public record Outcome(Map<String, List<String>> dwellingsPerStage, Map<String, List<String>> openTasksPerGroup,
      List<String> notReached, int failedJobs) {}

  /**
   * Walks the project: {@code stages} gives each dwelling id its stage (in the project's street
   * order the dwellings of the first train come first), {@code residentReports} a report text per
   * dwelling id.
   */
  public Outcome walk(String projectId, Map<String, DemoStage> stages, Map<String, String> residentReports) {
    Run run = new Run(projectId);
    LocalDate today = LocalDate.now(clock);
    int firstTrain = (int) stages.values().stream().filter(DemoStage::inFirstTrain).count();
    LocalDate firstDate = nextWorkingDay(today);

    Task planTrains = run.projectUntil("planTrains", today);
    stages.forEach((dwelling, stage) -> run.dwellingTo(dwelling, stage, today));
    // an owner who signed up withdraws before the inspection, through the communication party (POST …/withdrawal)
    stages.forEach((dwelling, stage) -> {
      if (stage == DemoStage.WITHDRAWN) {
        String by = run.communicationUser(dwelling);
        ObjectNode reason = JsonNodeFactory.instance.objectNode()
            .put("reason", "De eigenaar verhuist dit jaar en ziet van de aansluiting af.");
        as(by, () -> {
          dwellings.withdraw(projectId, dwelling, reason, new DwellingService.Caller(by, groupsOf(by)));
          return null;
        });
      }
    });
    run.runDueJobs();
    String planner = run.complete(planTrains, null, today, firstDate, firstTrain);
    stages.forEach((dwelling, stage) -> {
      if (stage.inFirstTrain()) {
        run.dwellingTo(dwelling, stage, today);
      }
    });
    // the crew has room today: the execution coordinator (the planner) moves these dwellings forward
    DwellingService.Caller coordinator = new DwellingService.Caller(planner, groupsOf(planner));
    ObjectNode todayBody = JsonNodeFactory.instance.objectNode().put("plannedDate", today.toString());
    stages.forEach((dwelling, stage) -> {
      if (stage.startsToday()) {
        as(planner, () -> dwellings.replan(projectId, dwelling, todayBody, coordinator));
      }
    });
    run.runDueJobs();
    // before 07:00 the day's work has not begun: the crew starts early, so the demo shows today's
    // execution tasks whatever the hour (their timers are run now, as an operator can via REST)
    stages.forEach((dwelling, stage) -> {
      if (stage.startsToday()) {
        run.startToday(dwelling);
      }
    });
    run.runDueJobs();
    stages.forEach((dwelling, stage) -> {
      if (stage.startsToday()) {
        run.dwellingTo(dwelling, stage, today);
      }
    });
    residentReports.forEach((dwelling, text) -> {
      String reporter = run.communicationUser(dwelling);
      ObjectNode body = JsonNodeFactory.instance.objectNode().put("text", text);
      as(reporter, () -> dwellings.report(projectId, dwelling, body, new DwellingService.Caller(reporter, groupsOf(reporter))));
    });
    run.runDueJobs();
    return run.outcome(stages);
  }

  /** The next working day ({@link DutchCalendar}) after the day: the first train date must lie after today. */
  static LocalDate nextWorkingDay(LocalDate day) {
    return DutchCalendar.workingDayFrom(day.plusDays(1));
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Demo-rondgang onderbroken", e);
    }
  }

  /** Runs the work logged in as the user, then restores whoever was logged in. */
  private <T> T as(String userId, Supplier<T> work) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(userId, groupsOf(userId));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
      if (previous != null) {
        identity.setAuthentication(previous);
      }
    }
  }

  /** One walk through one project. */
  private final class Run {

    private final String projectId;
    /** Jobs that failed during this walk: left to their retries (and to an incident in Cockpit). */
    private final Set<String> failedJobs = new HashSet<>();
    private final Map<String, String> userOfGroup = new LinkedHashMap<>();

    Run(String projectId) {
      this.projectId = projectId;
    }

    /** Completes the project's tasks (its own and those of the processes it calls) until {@code stopKey} is open. */
    Task projectUntil(String stopKey, LocalDate today) {
      for (int round = 0; round < MAX_ROUNDS; round++) {
        runDueJobs();
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(projectId).list();
        for (Task task : open) {
          if (stopKey.equals(task.getTaskDefinitionKey())) {
            return task;
          }
        }
        if (open.isEmpty()) {
          break;
        }
        open.forEach(task -> complete(task, null, today, null, 0));
      }
      throw new IllegalStateException("Project " + projectId + " komt niet bij taak '" + stopKey + "'");
    }

    /** Completes the dwelling's tasks until a task of its stage is open, it ended or it waits for the project. */
    void dwellingTo(String dwellingId, DemoStage stage, LocalDate today) {
      String key = new BusinessKey(projectId, dwellingId).value();
      for (int round = 0; round < MAX_ROUNDS; round++) {
        runDueJobs();
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(key).list();
        if (open.isEmpty() || open.stream().anyMatch(t -> stage.stopsAt(t.getTaskDefinitionKey()))) {
          return;
        }
        open.forEach(task -> complete(task, stage, today, null, 0));
      }
      throw new IllegalStateException("Woning " + key + " komt niet bij stap '" + stage.dutch + "'");
    }

    /**
     * Claims and completes the task as the first demo user of its candidate groups (sorted), logged
     * in as that user. Returns the user.
     */
    String complete(Task task, DemoStage stage, LocalDate today, LocalDate firstDate, int firstTrain) {
      List<String> groups = candidateGroups(task.getId());
      String user = null;
      String group = null;
      for (String g : groups) {
        user = userOf(g);
        if (user != null) {
          group = g;
          break;
        }
      }
      if (user == null) {
        throw new IllegalStateException("Taak '" + task.getName() + "' heeft geen demogebruiker onder haar kandidaatgroepen " + groups);
      }
      User person = identity.createUserQuery().userId(user).singleResult();
      Map<String, Object> answers = DemoAnswers.of(new DemoAnswers.Facts(task.getTaskDefinitionKey(),
          tasks.getVariables(task.getId()), person.getFirstName() + " " + person.getLastName(), group, stage, today,
          firstDate, firstTrain));
      String by = user;
      for (int attempt = 1; ; attempt++) {
        try {
          as(by, () -> {
            Task now = tasks.createTaskQuery().taskId(task.getId()).singleResult();
            if (now != null) {
              if (now.getAssignee() == null) {
                tasks.claim(task.getId(), by);
              }
              tasks.complete(task.getId(), answers);
            }
            return null;
          });
          return by;
        } catch (OptimisticLockingException e) {
          // a job of the job executor changed the same instance at the same moment: try again
          if (attempt == 5) {
            throw e;
          }
        }
      }
    }

    private List<String> candidateGroups(String taskId) {
      List<String> groups = new ArrayList<>();
      for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      groups.sort(null);
      return groups;
    }

    private String userOf(String group) {
      return userOfGroup.computeIfAbsent(group, g -> identity.createUserQuery().memberOfGroup(g).orderByUserId().asc()
          .listPage(0, 1).stream().map(User::getId).findFirst().orElse(null));
    }

    /** A demo user of the organisation that handles the dwelling's resident reports (routing of handleResidentReport). */
    String communicationUser(String dwellingId) {
      CollaborationForm form = json.read(processRouting.storedForm(projectId));
      Ownership ownership = register.find(projectId, dwellingId).orElseThrow().ownership();
      return routing.route(form, "handleResidentReport", ownership).groups().stream().map(this::userOf)
          .filter(u -> u != null).findFirst()
          .orElseThrow(() -> new IllegalStateException("Geen demogebruiker voor de meldingen van woning " + dwellingId));
    }

    /**
     * Runs every due job of a process instance, as the job executor would, until none is due. A job
     * the job executor has locked is its own: waited for (bounded) instead of run twice.
     */
    void runDueJobs() {
      long waitedMillis = 0;
      for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
        List<Job> due = dueJobs();
        if (due.isEmpty()) {
          return;
        }
        // a job the job executor has acquired is its own: waited for (bounded) instead of run twice
        Set<String> acquired = management.createJobQuery().executable().acquired().list().stream()
            .map(Job::getId).collect(Collectors.toSet());
        List<Job> free = due.stream().filter(j -> !acquired.contains(j.getId())).toList();
        if (free.isEmpty()) {
          if (waitedMillis >= MAX_WAIT_FOR_EXECUTOR_MILLIS) {
            LOG.warn("Demo-rondgang: de job executor is na {} s nog bezig met {} taken; verder zonder te wachten",
                waitedMillis / 1000, due.size());
            return;
          }
          pause(WAIT_STEP_MILLIS);
          waitedMillis += WAIT_STEP_MILLIS;
          continue;
        }
        for (Job job : free) {
          try {
            management.executeJob(job.getId());
          } catch (OptimisticLockingException e) {
            // the job executor ran it at the same moment
          } catch (RuntimeException e) {
            if (management.createJobQuery().jobId(job.getId()).count() > 0) {
              failedJobs.add(job.getId());
              LOG.warn("Demo-rondgang: taak {} ({}) mislukt, blijft staan voor een nieuwe poging: {}", job.getId(),
                  job.getProcessDefinitionKey(), e.getMessage());
            }
          }
        }
      }
      throw new IllegalStateException("Demo-rondgang: er blijven taken voor de job executor bijkomen");
    }

    private List<Job> dueJobs() {
      return management.createJobQuery().executable().list().stream()
          .filter(j -> j.getProcessInstanceId() != null && !failedJobs.contains(j.getId())).toList();
    }

    /** Runs the dwelling's pending planned-date timer, due later today, now. */
    void startToday(String dwellingId) {
      var instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
          .processInstanceBusinessKey(new BusinessKey(projectId, dwellingId).value()).singleResult();
      Job timer = instance == null ? null : timers.waitingTimer(instance.getId());
      Date now = ClockUtil.getCurrentTime();
      if (timer != null && timer.getDuedate() != null && timer.getDuedate().after(now)
          && LocalDate.now(clock).equals(timer.getDuedate().toInstant().atZone(clock.getZone()).toLocalDate())) {
        management.executeJob(timer.getId());
        LOG.info("Demo-rondgang: woning {} begint vandaag eerder dan 07:00", dwellingId);
      }
    }

    Outcome outcome(Map<String, DemoStage> stages) {
      Map<String, List<String>> perStage = new TreeMap<>();
      stages.forEach((dwelling, stage) -> perStage.computeIfAbsent(stage.dutch, s -> new ArrayList<>()).add(dwelling));
      Map<String, List<String>> perGroup = new TreeMap<>();
      for (Task task : tasks.createTaskQuery().processInstanceBusinessKeyLike(projectId + ":%").list()) {
        for (String group : candidateGroups(task.getId())) {
          perGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(task.getName());
        }
      }
      List<String> notReached = new ArrayList<>();
      stages.forEach((dwelling, stage) -> {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(new BusinessKey(projectId, dwelling).value()).list();
        boolean reached = stage.ends() ? open.isEmpty() : open.stream().anyMatch(t -> stage.stopsAt(t.getTaskDefinitionKey()));
        if (!reached) {
          notReached.add(dwelling + " (" + stage.dutch + ")");
        }
      });
      perGroup.replaceAll((g, names) -> names.stream().collect(Collectors.groupingBy(n -> n, TreeMap::new, Collectors.counting()))
          .entrySet().stream().map(e -> e.getValue() + "x " + e.getKey()).toList());
      return new Outcome(perStage, perGroup, notReached, failedJobs.size());
    }
  }
}
