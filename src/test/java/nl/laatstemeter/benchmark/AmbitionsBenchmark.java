package nl.laatstemeter.benchmark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.laatstemeter.LaatsteMeterApplication;
import nl.laatstemeter.ambitions.Ambitions;
import nl.laatstemeter.ambitions.ManagementView;
import nl.laatstemeter.ambitions.ProjectAmbitions;
import nl.laatstemeter.project.ProjectService;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the ambitions of one big project are computed (DOMAIN.md section 7, goal ≤ 2 s for
 * 10,000 dwellings). Boots the application (job executor on; H2 file under target/ or an embedded
 * PostgreSQL 16), starts a project of N dwellings through the engine (real dwelling instances,
 * history and task ledger up to the participation decision), then writes the later history of
 * every dwelling into the product's own records in bulk (the task ledger of inspection, plan,
 * execution and aftercare on their days; the sent-mail log; planned dates), because driving
 * 10 × N tasks through the engine would take hours here. Measures {@code Ambitions.of} (all
 * figures, organisations included) and the per-dwelling list. Not part of the test suite; run as
 * {@code ./mvnw -q -Pbenchmark verify -Dtest=AmbitionsBenchmark -Ddwellings=10000 -Ddb=h2|postgres}.
 * Also measures the Cockpit plugin's list of all projects (one set-based query) and the project's page.
 * Last line: {@code ambitions dwellings=N db=… first_ms=… best_ms=… dwellings_list_ms=… cockpit_list_ms=… cockpit_page_ms=… load_average=…}.
 */
@Tag("benchmark")
class AmbitionsBenchmark {

  private static final String[][] LATER_TASKS = {
      // task, organisation, day offset from the participation decision, in-home
      {"inspectDwelling", FormFixture.INSTALLER, "3"},
      {"drawUpConnectionPlan", FormFixture.INSTALLER, "5"},
      {"ownerAgreement", FormFixture.COOP, "8"},
      {"connectToFacade", FormFixture.HEAT, "20"},
      {"installDeliverySet", FormFixture.HEAT, "21"},
      {"adaptIndoorInstallation", FormFixture.INSTALLER, "21"},
      {"commissionConnection", FormFixture.HEAT, "21"},
      {"aftercareContact", FormFixture.COOP, "30"}};

  @Test
  void computesTheAmbitionsOfABigProject() throws Exception {
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
      properties.put("laatstemeter.demo-walkthrough", "false");
      SpringApplicationBuilder app = new SpringApplicationBuilder(LaatsteMeterApplication.class).logStartupInfo(false);
      if ("postgres".equals(db)) {
        postgres = BenchmarkApplication.postgres();
        properties.put("DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("DB_USER", "postgres");
        properties.put("DB_PASSWORD", "postgres");
        app.profiles("postgres");
      } else {
        Path dir = Path.of("target", "benchmark").toAbsolutePath();
        Files.createDirectories(dir);
        h2File = dir.resolve("h2-" + UUID.randomUUID());
        properties.put("H2_FILE", h2File.toString());
      }
      context = app.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
      result = measure(context, n, db);
    } finally {
      if (context != null) {
        context.getBean(LoggingSystem.class).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.OFF);
        context.close();
      }
      if (postgres != null) {
        postgres.close();
      }
      if (h2File != null) {
        Files.deleteIfExists(Path.of(h2File + ".mv.db"));
        Files.deleteIfExists(Path.of(h2File + ".trace.db"));
      }
    }
    System.out.println(result);
  }

  private String measure(ConfigurableApplicationContext context, int n, String db) throws Exception {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    RuntimeService runtime = engine.getRuntimeService();
    ProjectService projects = context.getBean(ProjectService.class);
    String projectId = projects.create(projects.check(projectBody(n)), "demo").id();
    ProcessInstance project = runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .processInstanceBusinessKey(projectId).singleResult();
    runtime.setVariable(project.getId(), "connectionMethods", "[\"Via de gevel naar de meterkast\"]");
    // the project waits at its first task inside "Project uitvoeren": continue there from startDwellings
    // (as DwellingStartBenchmark does)
    runtime.createProcessInstanceModification(project.getId()).startBeforeActivity("startDwellings")
        .cancelAllForActivity("draftDeclarationOfIntent").execute();
    long begin = System.nanoTime();
    long deadline = begin + Duration.ofMinutes(30).toNanos();
    long started;
    while ((started = engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(projectId + ":%")
        .taskDefinitionKey("recordParticipationDecision").count()) < n) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the dwellings did not start within 30 minutes");
      }
      if (started == 0 && System.nanoTime() - begin > Duration.ofMinutes(3).toNanos()) {
        throw new AssertionError("no dwelling started within 3 minutes: " + runtime.getActivityInstance(project.getId()));
      }
      Thread.sleep(500); // the engine's job executor starts the dwellings
    }
    System.out.printf(Locale.ROOT, "started %d dwellings%n", n);
    writeLaterHistory(context.getBean(JdbcTemplate.class), projectId, n);

    Ambitions ambitions = context.getBean(Ambitions.class);
    long start = System.nanoTime();
    ProjectAmbitions first = ambitions.of(projectId).orElseThrow();
    double firstMs = (System.nanoTime() - start) / 1e6;
    double best = firstMs;
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      ambitions.of(projectId).orElseThrow();
      best = Math.min(best, (System.nanoTime() - t) / 1e6);
    }
    long t = System.nanoTime();
    int rows = ambitions.dwellings(projectId).orElseThrow().size();
    double listMs = (System.nanoTime() - t) / 1e6;
    ManagementView view = context.getBean(ManagementView.class);
    t = System.nanoTime();
    var line = view.projects().stream().filter(l -> l.id().equals(projectId)).findFirst().orElseThrow();
    double projectListMs = (System.nanoTime() - t) / 1e6;
    t = System.nanoTime();
    view.project(projectId).orElseThrow();
    double projectPageMs = (System.nanoTime() - t) / 1e6;
    if (line.glance().dwellings().total() != n || !line.glance().oneDay().equals(first.oneDay())) {
      throw new AssertionError("the list's figures differ from the project's: " + line.glance() + " / " + first);
    }
    if (rows != n || first.oneDay().connected() == 0) {
      throw new AssertionError(rows + " rows, " + first.oneDay().connected() + " connected: " + first);
    }
    System.out.printf(Locale.ROOT, "connected=%d visits_avg=%s contact_points_avg=%s bottleneck=%s%n",
        first.oneDay().connected(), first.visits().average(), first.contactPoints().average(), first.bottleneck());
    return String.format(Locale.ROOT, "ambitions dwellings=%d db=%s first_ms=%.0f best_ms=%.0f dwellings_list_ms=%.0f "
        + "cockpit_list_ms=%.0f cockpit_page_ms=%.0f %s", n, db, firstMs, best, listMs, projectListMs, projectPageMs,
        BenchmarkApplication.machine());
  }

  /**
   * Four in five owners join (the engine's own participation tasks are completed in the ledger);
   * each joined dwelling then gets the later tasks of the recommended form on their days, and two
   * resident mails in the cooperative's name. Every seventh dwelling has its indoor work a day late.
   */
  private static void writeLaterHistory(JdbcTemplate jdbc, String projectId, int n) {
    ZoneId zone = ZoneId.of("Europe/Amsterdam");
    LocalDate decided = LocalDate.of(2026, 3, 2);
    List<Object[]> ledger = new ArrayList<>();
    List<Object[]> mails = new ArrayList<>();
    List<Object[]> planned = new ArrayList<>();
    List<Object[]> decisions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String dwellingId = String.format("w%05d", i);
      String key = projectId + ":" + dwellingId;
      boolean joins = i % 5 != 0;
      decisions.add(new Object[] {Date.valueOf(decided), joins ? "JOIN" : "DECLINE", projectId, key});
      if (!joins) {
        continue;
      }
      for (int k = 0; k < LATER_TASKS.length; k++) {
        int offset = Integer.parseInt(LATER_TASKS[k][2]) + (i % 7 == 0 && "adaptIndoorInstallation".equals(LATER_TASKS[k][0]) ? 1 : 0);
        LocalDate day = decided.plusDays(offset);
        long created = day.minusDays(2).atTime(9, 0).atZone(zone).toInstant().toEpochMilli();
        long ended = day.atTime(10 + k % 6, i % 60).atZone(zone).toInstant().toEpochMilli();
        boolean inHome = !List.of("drawUpConnectionPlan", "ownerAgreement", "connectToFacade", "aftercareContact")
            .contains(LATER_TASKS[k][0]);
        ledger.add(new Object[] {"bench-" + i + "-" + k, LATER_TASKS[k][1], 1, projectId, dwellingId, key,
            LATER_TASKS[k][0], created, ended, Date.valueOf(day), inHome ? "DONE" : null});
      }
      planned.add(new Object[] {Date.valueOf(decided.plusDays(21)), projectId, dwellingId});
      for (String type : List.of("PLANNED_DATE", "COMPLETED")) {
        mails.add(new Object[] {key, type, "bench-" + i, "bewoner" + i + "@example.nl", "Uw aansluiting",
            Timestamp.valueOf(decided.plusDays(10).atTime(9, 0)), FormFixture.COOP});
      }
    }
    jdbc.batchUpdate("UPDATE LM_TASK_LEDGER SET ended_ms = created_ms + 3600000, completed_day = ?, outcome = ? "
        + "WHERE project_id = ? AND business_key = ? AND task_key = 'recordParticipationDecision'", decisions);
    jdbc.batchUpdate("INSERT INTO LM_TASK_LEDGER (task_id, group_id, primary_group, project_id, dwelling_id, business_key, "
        + "task_key, created_ms, ended_ms, completed_day, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ledger, 1000,
        (ps, row) -> {
          for (int c = 0; c < row.length; c++) {
            ps.setObject(c + 1, row[c]);
          }
        });
    jdbc.batchUpdate("INSERT INTO LM_SENT_MAIL (business_key, mail_type, occurrence, recipient, subject, sent_at, "
        + "sender_group) VALUES (?, ?, ?, ?, ?, ?, ?)", mails);
    jdbc.batchUpdate("UPDATE LM_DWELLING SET planned_date = ? WHERE project_id = ? AND dwelling_id = ?", planned);
  }

  private static ObjectNode projectBody(int n) {
    ObjectNode body = (ObjectNode) FormFixture.recommended().json();
    body.put("name", "Benchmark ambities " + n + " woningen");
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
