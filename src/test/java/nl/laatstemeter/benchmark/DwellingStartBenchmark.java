package nl.laatstemeter.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.laatstemeter.LaatsteMeterApplication;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.project.ProjectService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast one project starts its dwellings: boots the application (job executor on, H2 file under
 * target/ or an embedded PostgreSQL 16), creates a project with N dwellings through
 * {@code POST /api/projects}, moves the project past its preparation tasks to
 * {@code startDwellings} and measures from the request until all N dwelling instances wait at their
 * first task. Not part of the test suite; run as
 * {@code ./mvnw -q -Pbenchmark verify -Ddwellings=10000 -Ddb=h2|postgres}. Last line:
 * {@code dwellings=N db=… seconds=S instances_per_s=R heap_mb=H} (H = peak used heap).
 */
@Tag("benchmark")
class DwellingStartBenchmark {

  private static final String USER = "demo";
  private static final String PASSWORD = "demo";
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void startsEveryDwellingOfAProject() throws Exception {
    int n = Integer.getInteger("dwellings", 1000);
    String db = System.getProperty("db", "h2");
    EmbeddedPostgres postgres = null;
    ConfigurableApplicationContext context = null;
    Path h2File = null;
    String result;
    try {
      Map<String, Object> properties = new HashMap<>();
      properties.put("server.port", "0");
      properties.put("spring.main.banner-mode", "off");
      properties.put("logging.level.root", "ERROR");
      properties.put("camunda.bpm.job-execution.enabled", "true");
      properties.put("laatstemeter.demo-data", "true");
      // only the benchmark's project: no walked demo project working beside it
      properties.put("laatstemeter.demo-walkthrough", "false");
      properties.put("camunda.bpm.admin-user.id", USER);
      properties.put("camunda.bpm.admin-user.password", PASSWORD);
      SpringApplicationBuilder app = new SpringApplicationBuilder(LaatsteMeterApplication.class).logStartupInfo(false);
      if ("postgres".equals(db)) {
        postgres = EmbeddedPostgres.builder().start();
        properties.put("DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("DB_USER", "postgres");
        properties.put("DB_PASSWORD", "postgres");
        app.profiles("postgres");
      } else if ("h2".equals(db)) {
        Path dir = Path.of("target", "benchmark").toAbsolutePath();
        Files.createDirectories(dir);
        h2File = dir.resolve("h2-" + UUID.randomUUID());
        properties.put("H2_FILE", h2File.toString()); // the application's own H2 settings, another file
      } else {
        throw new IllegalArgumentException("-Ddb=h2 or -Ddb=postgres, not " + db);
      }
      // command-line arguments: they take precedence over application.yaml and its profiles
      context = app.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
      result = measure(context, n, db);
    } finally {
      if (context != null) {
        // the result must be the last line: nothing of the shutdown is logged
        context.getBean(LoggingSystem.class).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.OFF);
        context.close();
      }
      if (postgres != null) {
        postgres.close();
      }
      if (h2File != null && !Boolean.getBoolean("keepDb")) { // -DargLine=-DkeepDb=true keeps it to look into
        Files.deleteIfExists(Path.of(h2File + ".mv.db"));
        Files.deleteIfExists(Path.of(h2File + ".trace.db"));
      }
    }
    System.out.println(result);
  }

  private String measure(ConfigurableApplicationContext context, int n, String db) throws Exception {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    RuntimeService runtime = engine.getRuntimeService();
    ObjectNode body = projectBody(n);
    var memory = ManagementFactory.getMemoryMXBean();
    long peakHeap = memory.getHeapMemoryUsage().getUsed();

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
      if (firstAfter < 0 && waiting > 0) {
        firstAfter = (System.nanoTime() - start) / 1e9;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
    // the machine may be shared: CPU time used and the load show how much of it the run had
    System.out.printf(java.util.Locale.ROOT,
        "project_created_after_s=%.1f first_dwelling_after_s=%.1f cpu_seconds=%.1f instances_per_cpu_s=%.0f load_average=%.1f cores=%d%n",
        created, firstAfter, cpuSeconds, n / cpuSeconds, os.getSystemLoadAverage(), os.getAvailableProcessors());
    long instances = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
        .processInstanceBusinessKeyLike(projectId + ":%").count();
    if (instances != n) {
      throw new AssertionError(instances + " dwelling instances for " + n + " dwellings");
    }
    return String.format(java.util.Locale.ROOT, "dwellings=%d db=%s seconds=%.1f instances_per_s=%.0f heap_mb=%d",
        n, db, seconds, n / seconds, peakHeap / (1024 * 1024));
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
