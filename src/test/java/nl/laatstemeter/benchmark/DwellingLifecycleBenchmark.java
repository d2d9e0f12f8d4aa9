package nl.laatstemeter.benchmark;

import nl.laatstemeter.contract.ProcessKeys;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.laatstemeter.dwelling.DwellingProcesses;
import nl.laatstemeter.project.ProjectService;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A project's dwellings through their whole life: N dwellings ({@code -Ddwellings=2000})
 * of a project under the recommended form are started, then driven from the participation decision
 * to aftercare through the engine API. Each organisation works through its own tasks as in
 * Tasklist: its user is the authenticated user with the organisation as group, lists the
 * organisation's tasks and submits each task's form with answers read from the deployed .form
 * ({@link FormAnswers}). The asynchronous steps and the date timers are run by the benchmark as
 * the job executor would (job executor off, one thread). The project itself is not driven: its
 * releases ({@code inspectionsMayStart}, {@code installerJoined}, {@code trainsPlanned}) are set
 * as the project sets them, so no dwelling waits for it. A bare Camunda engine then completes the
 * same number of user tasks in the same run ({@link BareEngine}). Run as
 * {@code ./mvnw -q -Pbenchmark verify -Dtest=DwellingLifecycleBenchmark -Ddwellings=2000 -Ddb=h2|postgres}.
 * Last line: {@code lifecycle dwellings=N db=… tasks=T seconds=S tasks_per_s=R bare_tasks_per_s=B ratio=R/B …}
 * (ratio = our cost per task / the bare engine's).
 */
@Tag("benchmark")
class DwellingLifecycleBenchmark {

  private static final List<String> DWELLING_PROCESSES = List.of(ProcessKeys.DWELLING, "residentMessage");

  @Test
  void drivesEveryDwellingFromParticipationToAftercare() throws Exception {
    int n = Integer.getInteger("dwellings", 2000);
    String db = System.getProperty("db", "h2");
    String result;
    try (BenchmarkApplication app = new BenchmarkApplication(db, false)) {
      ProcessEngine engine = app.context.getBean(ProcessEngine.class);
      String projectId = projectWithStartedDwellings(app, engine, n);

      Drive drive = new Drive(engine);
      long cpuStart = cpu();
      long start = System.nanoTime();
      drive.untilEveryDwellingEnded(projectId);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (cpu() - cpuStart) / 1e9;
      System.out.println("tasks_per_key " + drive.perKey);
      System.out.printf(Locale.ROOT, "lifecycle_details jobs=%d cpu_seconds=%.1f %s%n", drive.jobs, cpuSeconds,
          BenchmarkApplication.machine());
      app.stopApplication();

      double bareSeconds;
      try (BareEngine bare = app.bareEngine()) {
        int perInstance = 10;
        String key = bare.deploy(perInstance);
        bare.start(key, (drive.tasks + perInstance - 1) / perInstance);
        bareSeconds = bare.completeTasks(drive.tasks);
      }
      double rate = drive.tasks / seconds;
      double bareRate = drive.tasks / bareSeconds;
      result = String.format(Locale.ROOT,
          "lifecycle dwellings=%d db=%s tasks=%d seconds=%.1f tasks_per_s=%.1f bare_seconds=%.1f bare_tasks_per_s=%.1f ratio=%.2f",
          n, db, drive.tasks, seconds, rate, bareSeconds, bareRate, bareRate / rate);
    }
    System.out.println(result);
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The project, created as POST /api/projects does, released for every dwelling step, its dwellings started. */
  private static String projectWithStartedDwellings(BenchmarkApplication app, ProcessEngine engine, int n) {
    ObjectNode body = (ObjectNode) FormFixture.recommended().json();
    body.put("name", "Levensloop " + n + " woningen");
    ArrayNode dwellings = body.putArray("dwellings");
    for (int i = 0; i < n; i++) {
      // no e-mail address: each resident message becomes a task for the communication party
      dwellings.addObject().put("id", String.format("w%05d", i)).put("address", "Levenslooplaan")
          .put("postcode", String.format("%04d AB", 1000 + i / 100)).put("houseNumber", String.valueOf(i % 100 + 1))
          .put("ownership", i % 3 == 0 ? "CORPORATE" : "PRIVATE").put("type", "TERRACED")
          .putObject("resident").put("name", "Bewoner " + i);
    }
    ProjectService projects = app.context.getBean(ProjectService.class);
    String projectId = projects.create(projects.check(body), BenchmarkApplication.ADMIN).id();
    RuntimeService runtime = engine.getRuntimeService();
    ProcessInstance project = runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .processInstanceBusinessKey(projectId).singleResult();
    // what the project's preparation would have recorded: the design's connection methods and the
    // releases the dwellings look at (docs/process-contract.md); its tasks are passed over
    runtime.setVariable(project.getId(), "connectionMethods", "[\"Via de gevel naar de meterkast\", \"Via de kruipruimte\"]");
    for (String release : List.of("inspectionsMayStart", "installerJoined", "trainsPlanned")) {
      runtime.setVariable(project.getId(), release, true);
    }
    // the project waits at its first task inside "Project uitvoeren": continue there from startDwellings
    runtime.createProcessInstanceModification(project.getId()).startBeforeActivity("startDwellings")
        .cancelAllForActivity("draftDeclarationOfIntent").execute();
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 1000; round++) {
      List<Job> due = management.createJobQuery().executable().messages().list();
      if (due.isEmpty()) {
        break;
      }
      due.forEach(j -> management.executeJob(j.getId()));
    }
    long started = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING).count();
    if (started != n) {
      throw new AssertionError(started + " of " + n + " dwellings started");
    }
    return projectId;
  }

  /** Works off every dwelling's tasks and jobs, organisation by organisation, until no dwelling runs. */
  private static final class Drive {
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final FormService formService;
    private final IdentityService identity;
    private final ManagementService management;
    private final FormAnswers answers;
    private final Map<String, String> userOfGroup = new LinkedHashMap<>();
    final Map<String, Integer> perKey = new TreeMap<>();
    int tasks;
    int jobs;

    Drive(ProcessEngine engine) {
      runtime = engine.getRuntimeService();
      taskService = engine.getTaskService();
      formService = engine.getFormService();
      identity = engine.getIdentityService();
      management = engine.getManagementService();
      answers = new FormAnswers(formService, taskService);
      for (String group : List.of(FormFixture.HEAT, FormFixture.MUNI, FormFixture.HOUSING, FormFixture.INSTALLER,
          FormFixture.INDOOR, FormFixture.COOP)) {
        List<User> members = identity.createUserQuery().memberOfGroup(group).listPage(0, 1);
        userOfGroup.put(group, members.isEmpty() ? "benchmark-" + group : members.get(0).getId());
      }
    }

    void untilEveryDwellingEnded(String projectId) {
      while (true) {
        int done = completeTasks() + runJobs();
        long running = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
            .processInstanceBusinessKeyLike(projectId + ":%").count();
        long open = taskService.createTaskQuery().processDefinitionKeyIn(DWELLING_PROCESSES.toArray(String[]::new)).count();
        if (running == 0 && open == 0) {
          return;
        }
        if (done == 0) {
          throw new AssertionError("stuck: " + running + " dwellings run, " + open + " tasks open, waiting at "
              + waitingAt(projectId));
        }
      }
    }

    /** Each organisation lists its tasks (as its user, like Tasklist) and submits their forms. */
    private int completeTasks() {
      int completed = 0;
      for (Map.Entry<String, String> organisation : userOfGroup.entrySet()) {
        identity.setAuthentication(organisation.getValue(), List.of(organisation.getKey()));
        try {
          while (true) {
            List<Task> page = taskService.createTaskQuery().taskCandidateGroup(organisation.getKey())
                .processDefinitionKeyIn(DWELLING_PROCESSES.toArray(String[]::new)).listPage(0, 100);
            if (page.isEmpty()) {
              break;
            }
            for (Task task : page) {
              formService.submitTaskForm(task.getId(), answers.answer(task));
              perKey.merge(task.getTaskDefinitionKey(), 1, Integer::sum);
              completed++;
            }
          }
        } finally {
          identity.clearAuthentication();
        }
      }
      tasks += completed;
      return completed;
    }

    /** The asynchronous continuations and the date timers of the dwellings and their messages, as the job executor would run them. */
    private int runJobs() {
      int executed = 0;
      for (String key : DWELLING_PROCESSES) {
        while (true) {
          List<Job> page = management.createJobQuery().processDefinitionKey(key).withRetriesLeft().listPage(0, 500);
          if (page.isEmpty()) {
            break;
          }
          for (Job job : page) {
            management.executeJob(job.getId());
            executed++;
          }
          if (executed > 100_000) {
            throw new AssertionError("jobs keep coming (a timer that waits for the project?)");
          }
        }
      }
      jobs += executed;
      return executed;
    }

    private String waitingAt(String projectId) {
      List<String> activities = new ArrayList<>();
      for (ProcessInstance dwelling : runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
          .processInstanceBusinessKeyLike(projectId + ":%").listPage(0, 20)) {
        collect(runtime.getActivityInstance(dwelling.getId()), activities);
      }
      return activities.stream().collect(Collectors.groupingBy(a -> a, TreeMap::new, Collectors.counting())).toString();
    }

    private static void collect(ActivityInstance instance, List<String> into) {
      if (instance.getChildActivityInstances().length == 0) {
        into.add(instance.getActivityId());
      }
      for (ActivityInstance child : instance.getChildActivityInstances()) {
        collect(child, into);
      }
    }
  }
}
