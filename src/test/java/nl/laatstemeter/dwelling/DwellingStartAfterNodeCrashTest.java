package nl.laatstemeter.dwelling;

import nl.laatstemeter.contract.ProcessKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.laatstemeter.LaatsteMeterApplication;
import nl.laatstemeter.platform.EmbeddedPostgresInitializer;
import nl.laatstemeter.platform.TestApplications;
import nl.laatstemeter.project.ProjectService;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node is killed ({@code kill -9}, a separate JVM) while it starts a project's dwellings: the
 * start batches it had acquired stay locked by a dead node. Another node takes them over once the
 * lock expires and every dwelling is started exactly once, without an incident. Two nodes on one
 * PostgreSQL 16, as in docker/compose.yaml.
 */
class DwellingStartAfterNodeCrashTest {

  private static final int DWELLINGS = 300;

  @Test
  void startBatchesOfAKilledNodeAreTakenOverAndStartEveryDwellingOnce() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgresInitializer.start();
        // the test's own view on the database: no job executor, so it never does the work itself
        ConfigurableApplicationContext observer = node(postgres, "observer", false)) {
      ProcessEngine engine = observer.getBean(ProcessEngine.class);
      String projectId = projectAtStartDwellings(observer);

      Process crashing = startNodeInOwnJvm(postgres);
      Process killed;
      HistoryService history = engine.getHistoryService();
      ManagementService management = engine.getManagementService();
      try {
        // the node is busy with the batches: its first dwellings are there
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
            .until(() -> !crashing.isAlive() || dwellingsOf(history, projectId).size() > 0);
        assertThat(crashing.isAlive()).as("the node in its own JVM runs (see target/crashing-node.log)").isTrue();
      } finally {
        killed = crashing.destroyForcibly(); // SIGKILL: no shutdown, its open transactions roll back
      }
      assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();

      int startedByDeadNode = dwellingsOf(history, projectId).size();
      long lockedByDeadNode = management.createJobQuery().processDefinitionKey(ProcessKeys.DWELLING_START_BATCH)
          .acquired().count();
      assertThat(startedByDeadNode).as("the node died halfway").isLessThan(DWELLINGS);
      assertThat(lockedByDeadNode).as("batches the dead node had acquired, still locked").isPositive();

      try (ConfigurableApplicationContext survivor = node(postgres, "survivor", true)) {
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) survivor.getBean(ProcessEngine.class)
            .getProcessEngineConfiguration()).getJobExecutor();
        assertThat(jobExecutor.getLockTimeInMillis() + jobExecutor.getMaxWait())
            .as("a dead node's jobs are free and found again within a minute (application.yaml)")
            .isLessThanOrEqualTo(60_000);

        // a batch's job ends in the transaction that starts its dwellings
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
            assertThat(management.createJobQuery().processDefinitionKey(ProcessKeys.DWELLING_START_BATCH).count())
                .as("batches left").isZero());
      }

      List<String> keys = dwellingsOf(history, projectId);
      assertThat(keys).as("every dwelling started").hasSize(DWELLINGS);
      assertThat(keys.stream().distinct().count()).as("every dwelling started exactly once").isEqualTo(DWELLINGS);
      assertThat(management.createJobQuery().withException().count()).as("failed jobs").isZero();
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
      assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("recordParticipationDecision").count())
          .as("every dwelling waits at its first task").isEqualTo(DWELLINGS);
    }
  }

  /** A project of {@value #DWELLINGS} dwellings at {@code startDwellings}, whose job makes the start batches. */
  private static String projectAtStartDwellings(ConfigurableApplicationContext observer) {
    IdentityService identity = observer.getBean(IdentityService.class);
    for (String id : List.of(FormFixture.HEAT, FormFixture.MUNI, FormFixture.HOUSING, FormFixture.INSTALLER,
        FormFixture.INDOOR, FormFixture.COOP)) {
      Group group = identity.newGroup(id);
      group.setName(id);
      identity.saveGroup(group);
    }
    ObjectNode body = (ObjectNode) FormFixture.recommended().json();
    body.put("name", "Project tijdens een crash");
    ArrayNode dwellings = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < DWELLINGS; i++) {
      dwellings.addObject().put("id", String.format("w%04d", i)).put("address", "Crashlaan")
          .put("postcode", "1234 AB").put("houseNumber", String.valueOf(i + 1))
          .put("ownership", i % 3 == 0 ? "CORPORATE" : "PRIVATE").put("type", "TERRACED");
    }
    body.set("dwellings", dwellings);
    ProjectService projects = observer.getBean(ProjectService.class);
    String projectId = projects.create(projects.check(body), "test").id();
    RuntimeService runtime = observer.getBean(RuntimeService.class);
    ProcessInstance project = runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .processInstanceBusinessKey(projectId).singleResult();
    // the project waits at its first task inside "Project uitvoeren": continue there from startDwellings
    runtime.createProcessInstanceModification(project.getId()).startBeforeActivity("startDwellings")
        .cancelAllForActivity("draftDeclarationOfIntent").execute();
    return projectId;
  }

  private static List<String> dwellingsOf(HistoryService history, String projectId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
        .processInstanceBusinessKeyLike(projectId + ":%").list().stream()
        .map(HistoricProcessInstance::getBusinessKey).collect(Collectors.toList());
  }

  private static ConfigurableApplicationContext node(EmbeddedPostgres postgres, String name, boolean jobExecutor) {
    Map<String, Object> properties = new HashMap<>(EmbeddedPostgresInitializer.environment(postgres));
    properties.put("camunda.bpm.process-engine-name", name);
    properties.put("camunda.bpm.job-execution.enabled", jobExecutor);
    return TestApplications.start(properties, new String[] {"postgres"});
  }

  /**
   * The application in a JVM of its own (the test's class path), with its job executor as
   * application.yaml configures it but one worker thread, so it holds acquired batches in its queue.
   */
  private static Process startNodeInOwnJvm(EmbeddedPostgres postgres) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        LaatsteMeterApplication.class.getName(),
        "--spring.profiles.active=postgres", "--server.port=0", "--spring.main.banner-mode=off",
        "--camunda.bpm.process-engine-name=crashing", "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.core-pool-size=1", "--camunda.bpm.job-execution.max-pool-size=1",
        // the models are deployed by the first node (as a second node of a cluster finds them); on
        // a plain class path Spring would offer this JVM each model twice
        "--camunda.bpm.deployment-resource-pattern=classpath:none/*.bpmn"));
    EmbeddedPostgresInitializer.environment(postgres).forEach((key, value) -> command.add("--" + key + "=" + value));
    File log = Path.of("target", "crashing-node.log").toFile();
    Files.createDirectories(log.toPath().getParent());
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }
}
