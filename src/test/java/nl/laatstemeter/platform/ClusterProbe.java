package nl.laatstemeter.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Delegate of the cluster test model ({@code ${clusterProbe}}): records which node executed the
 * job of which instance, in the job's own transaction, so a rolled back attempt leaves no row.
 * Registered as a source of each node's application, never by component scan.
 */
public class ClusterProbe implements JavaDelegate {

  static final String NODE = "laatstemeter.test.node";

  private final JdbcTemplate jdbc;
  private final String node;

  public ClusterProbe(JdbcTemplate jdbc, Environment environment) {
    this.jdbc = jdbc;
    this.node = environment.getRequiredProperty(NODE);
  }

  @Override
  public void execute(DelegateExecution execution) {
    jdbc.update("insert into cluster_probe (process_instance_id, node) values (?, ?)",
        execution.getProcessInstanceId(), node);
  }
}
