package nl.laatstemeter.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What docker/compose.yaml sets up, without Docker: two application nodes with their own job
 * executor on one PostgreSQL 16. Both start on the same schema, share one deployment of the
 * models, and execute the jobs of a shared process: every job exactly once, on either node.
 */
class ClusterTest {

  static final String PROCESS = "platformClusterProbe";
  static final int INSTANCES = 40;

  @Test
  void twoNodesOnOneDatabaseExecuteEveryJobExactlyOnce() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgresInitializer.start();
        ConfigurableApplicationContext node1 = startNode("node1", postgres);
        ConfigurableApplicationContext node2 = startNode("node2", postgres)) {

      RepositoryService repository = node1.getBean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().list())
          .as("the second node found the models deployed and deployed nothing new").hasSize(1);
      assertThat(node2.getBean(RepositoryService.class).createDecisionDefinitionQuery()
          .decisionDefinitionKey("taskRouting").list()).hasSize(1);

      JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
      jdbc.execute("create table cluster_probe (process_instance_id varchar(64) not null, node varchar(16) not null)");
      repository.createDeployment().name("cluster-test").addClasspathResource("platform/cluster-probe.bpmn").deploy();

      List<RuntimeService> nodes = List.of(node1.getBean(RuntimeService.class), node2.getBean(RuntimeService.class));
      for (int i = 0; i < INSTANCES; i++) {
        nodes.get(i % 2).startProcessInstanceByKey(PROCESS);
      }

      ManagementService management = node1.getBean(ManagementService.class);
      HistoryService history = node1.getBean(HistoryService.class);
      await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
        assertThat(management.createJobQuery().processDefinitionKey(PROCESS).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).finished().count())
            .isEqualTo(INSTANCES);
      });

      assertThat(jdbc.queryForObject("select count(*) from cluster_probe", Integer.class)).isEqualTo(INSTANCES);
      assertThat(jdbc.queryForObject("select count(distinct process_instance_id) from cluster_probe", Integer.class))
          .as("no job executed twice").isEqualTo(INSTANCES);
      Map<String, Integer> perNode = new HashMap<>();
      jdbc.query("select node, count(*) from cluster_probe group by node",
          rs -> { perNode.put(rs.getString(1), rs.getInt(2)); });
      assertThat(perNode).as("jobs per node").containsOnlyKeys("node1", "node2");
    }
  }

  private static ConfigurableApplicationContext startNode(String node, EmbeddedPostgres postgres) {
    Map<String, Object> properties = new HashMap<>(EmbeddedPostgresInitializer.environment(postgres));
    properties.put("camunda.bpm.process-engine-name", node);
    properties.put("camunda.bpm.job-execution.enabled", true);
    // poll often and take few jobs at a time, so an idle node joins in quickly
    properties.put("camunda.bpm.job-execution.wait-time-in-millis", 200);
    properties.put("camunda.bpm.job-execution.max-wait", 1000);
    properties.put("camunda.bpm.job-execution.max-jobs-per-acquisition", 2);
    properties.put(ClusterProbe.NODE, node);
    return TestApplications.start(properties, new String[] {"postgres"}, ClusterProbe.class);
  }
}
