package nl.laatstemeter.dwelling;

import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProjectVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Create listener of the inspection tasks, as bean {@code connectionMethodOffer}: the project's
 * connection methods (project variable {@code connectionMethods}, from the design) as the options
 * of the task's select ({@code valuesKey: connectionMethodOptions}).
 */
@Component("connectionMethodOffer")
public class ConnectionMethodOffer {

  private final ProjectReleases project;

  public ConnectionMethodOffer(ProjectReleases project) {
    this.project = project;
  }

  public void offer(DelegateTask task) {
    Object own = task.getVariable(ProjectVariables.CONNECTION_METHODS);
    task.setVariableLocal(DwellingVariables.CONNECTION_METHOD_OPTIONS,
        ConnectionMethods.options(own != null ? own : project.projectVariable(task, ProjectVariables.CONNECTION_METHODS)));
  }
}
