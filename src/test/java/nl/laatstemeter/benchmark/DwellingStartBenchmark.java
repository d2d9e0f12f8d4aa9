package nl.laatstemeter.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.identity.TasklistFilters;
import nl.laatstemeter.project.ProjectService;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast one project starts its dwellings: boots the application (job executor on, H2 file under
 * target/ or an embedded PostgreSQL 16), creates a project with N dwellings through
 * {@code POST /api/projects}, moves the project past its preparation tasks to
 * {@code startDwellings} and measures from the request until all N dwelling instances wait at their
 * first task. Then, with those N tasks open, what Tasklist users wait for: the count and first page
 * of the filter "Taken van mijn organisatie" ({@link TasklistFigures}) for warmte (the project's own
 * tasks), corporatie (a third of the dwellings) and cooperatie (two thirds). Last, a bare Camunda
 * engine starts N one-task instances on a fresh database of the same kind ({@link BareEngine}): in a
 * JVM of its own, which starts as cold as the application did (bare_seconds, ratio), and in this JVM
 * after the application, with Camunda's code already compiled (bare_same_jvm_seconds, ratio_same_jvm;
 * the yardstick of earlier runs, about half the seconds).
 * Not part of the test suite; run as
 * {@code ./mvnw -q -Pbenchmark verify -Ddwellings=10000 -Ddb=h2|postgres}. Last line:
 * {@code dwellings=N db=… seconds=S instances_per_s=R heap_mb=H bare_seconds=B ratio=S/B … ratio_same_jvm=…}
 * (H = peak used heap, within the benchmark JVM's -Xmx).
 */
@Tag("benchmark")
class DwellingStartBenchmark {

  private static final String USER = BenchmarkApplication.ADMIN;
  private static final String PASSWORD = BenchmarkApplication.PASSWORD;
  /** Demo users of the recommended form and their organisation's share of the first tasks. */
  private static final List<String> TASKLIST_USERS = List.of("warmte", "corporatie", "cooperatie");
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void startsEveryDwellingOfAProject() throws Exception {
    int n = Integer.getInteger("dwellings", 1000);
    String db = System.getProperty("db", "h2");
    int repetitions = Integer.getInteger("tasklistRepetitions", 30);
    String result;
    try (BenchmarkApplication app = new BenchmarkApplication(db, true)) {
      Start start = measure(app.context, n);
      System.out.println(start.details());
      // what Tasklist users see right after the start (the application still digests the new tasks)
      TasklistFigures tasklist = new TasklistFigures(app.port());
      String filter = tasklist.filterId(USER, PASSWORD, TasklistFilters.ORGANISATION_TASKS);
      double worstP95 = 0;
      for (String user : TASKLIST_USERS) {
        TasklistFigures.Figures figures = tasklist.measure(filter, user, "demo", repetitions);
        System.out.println(figures.line());
        worstP95 = Math.max(worstP95, Math.max(figures.countP95(), figures.pageP95()));
      }
      app.stopApplication();

      // the yardstick: bare Camunda starting N one-task instances, in a JVM of its own (as cold as the
      // application was), and, for comparison with earlier runs, in this JVM after the application
      double bareSeconds = BareEngine.startInFreshJvm(app.bareDatabase(), n);
      double bareSameJvmSeconds;
      try (BareEngine bare = app.bareEngine()) {
        bareSameJvmSeconds = bare.start(bare.deploy(1), n);
      }
      System.out.printf(Locale.ROOT, "bare_engine instances=%d seconds=%.1f instances_per_s=%.0f same_jvm_seconds=%.1f"
          + " (one thread, history audit, same database kind; seconds in a JVM of its own, same_jvm after the application)%n",
          n, bareSeconds, n / bareSeconds, bareSameJvmSeconds);
      result = String.format(Locale.ROOT,
          "dwellings=%d db=%s seconds=%.1f instances_per_s=%.0f heap_mb=%d bare_seconds=%.1f ratio=%.2f live_heap_mb=%d tasklist_p95_ms=%.0f %s"
              + " bare_same_jvm_seconds=%.1f ratio_same_jvm=%.2f",
          n, db, start.seconds, n / start.seconds, start.peakHeap / (1024 * 1024), bareSeconds, start.seconds / bareSeconds,
          start.peakLiveHeap / (1024 * 1024), worstP95, BenchmarkApplication.machine(), bareSameJvmSeconds, start.seconds / bareSameJvmSeconds);
    }
    System.out.println(result);
  }

  private record Start(double seconds, long peakHeap, long peakLiveHeap, String details) {}

  private Start measure(ConfigurableApplicationContext context, int n) throws Exception {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    RuntimeService runtime = engine.getRuntimeService();
    ObjectNode body = projectBody(n);
    var memory = ManagementFactory.getMemoryMXBean();
    long peakHeap = memory.getHeapMemoryUsage().getUsed();
    long peakLive = BenchmarkApplication.heapAfterGc();

    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    String projectId = create(context, body);
    double created = (System.nanoTime() - start) / 1e9;
    ProcessInstance project = runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .processInstanceBusinessKey(projectId).singleResult();
    // the benchmark measures the dwellings: the project's preparation tasks are passed over
    // the project waits at its first task inside "Project uitvoeren": continue there from startDwellings
    runtime.createProcessInstanceModification(project.getId()).startBeforeActivity("startDwellings")
        .cancelAllForActivity("draftDeclarationOfIntent").execute();

    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    long waiting = 0;
    double firstAfter = -1;
    while (waiting < n) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("after 30 minutes only " + waiting + " of " + n + " dwellings wait at their first task");
      }
      Thread.sleep(250); // polling the database; the engine's own job executor does the work
      // a fresh database with this one project: the task count alone is cheap to poll
      waiting = engine.getTaskService().createTaskQuery().taskDefinitionKey("recordParticipationDecision").count();
      peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
      peakLive = Math.max(peakLive, BenchmarkApplication.heapAfterGc());
      if (firstAfter < 0 && waiting > 0) {
        firstAfter = (System.nanoTime() - start) / 1e9;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
    long instances = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
        .processInstanceBusinessKeyLike(projectId + ":%").count();
    if (instances != n) {
      throw new AssertionError(instances + " dwelling instances for " + n + " dwellings");
    }
    // the machine may be shared: CPU time used and the load show how much of it the run had
    return new Start(seconds, peakHeap, peakLive, String.format(Locale.ROOT,
        "project_created_after_s=%.1f first_dwelling_after_s=%.1f cpu_seconds=%.1f instances_per_cpu_s=%.0f %s",
        created, firstAfter, cpuSeconds, n / cpuSeconds, BenchmarkApplication.machine()));
  }

  /** POST /api/projects; while that endpoint is not there yet, the service it calls. */
  private String create(ConfigurableApplicationContext context, ObjectNode body) throws Exception {
    String port = context.getEnvironment().getProperty("local.server.port");
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
        .uri(URI.create("http://localhost:" + port + "/api/projects"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 201) {
      return mapper.readTree(response.body()).get("id").asText();
    }
    if (response.statusCode() != 404 && response.statusCode() != 405) {
      throw new AssertionError("POST /api/projects: " + response.statusCode() + " " + response.body());
    }
    System.out.println("POST /api/projects is not available (" + response.statusCode()
        + "): project created with ProjectService, as the endpoint does");
    ProjectService projects = context.getBean(ProjectService.class);
    return projects.create(projects.check(body), USER).id();
  }

  private ObjectNode projectBody(int n) {
    ObjectNode body = (ObjectNode) FormFixture.recommended().json();
    body.put("name", "Benchmark " + n + " woningen");
    ArrayNode dwellings = body.putArray("dwellings");
    for (int i = 0; i < n; i++) {
      ObjectNode d = dwellings.addObject().put("id", String.format("w%05d", i)).put("address", "Warmtelaan")
          .put("postcode", String.format("%04d AB", 1000 + i / 100)).put("houseNumber", String.valueOf(i % 100 + 1))
          .put("ownership", i % 3 == 0 ? "CORPORATE" : "PRIVATE").put("type", "TERRACED");
      d.putObject("resident").put("name", "Bewoner " + i).put("email", "bewoner" + i + "@example.nl");
    }
    return body;
  }
}
