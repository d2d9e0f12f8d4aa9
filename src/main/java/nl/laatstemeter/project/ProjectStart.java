package nl.laatstemeter.project;

import java.util.stream.Collectors;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.ValidationException;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code connectionProject} ({@code delegateExpression="${projectStart}"}). A
 * project created by POST /api/projects is registered already; one started from Tasklist with
 * the start form {@code project-start} is checked here by the same code as the API and refused
 * with a Dutch message (bad field, or an ERROR in the advice), so nothing starts half-done.
 */
@Component("projectStart")
public class ProjectStart implements ExecutionListener {

  private final ProjectService projects;
  private final ProjectRegister register;
  private final SystemAccess system;

  public ProjectStart(ProjectService projects, ProjectRegister register, SystemAccess system) {
    this.projects = projects;
    this.register = register;
    this.system = system;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object id = execution.getVariable(ProjectVariables.PROJECT_ID);
    if (id != null && register.find(id.toString())
        .filter(p -> execution.getProcessInstanceId().equals(p.processInstanceId()) || p.processInstanceId() == null)
        .isPresent()) {
      return; // created through the API, checked there
    }
    ProjectService.Checked checked;
    try {
      checked = projects.check(FormFields.startRequest(execution::getVariable));
    } catch (ValidationException e) {
      throw new ProcessEngineException("Het project kan niet starten. " + e.errors().stream()
          .map(f -> FormFields.label(f.field()) + ": " + f.message()).collect(Collectors.joining("; ")));
    }
    if (checked.blocked()) {
      throw new ProcessEngineException("Het project kan niet starten: de samenwerkingsvorm is tegenstrijdig. "
          + String.join(" ", checked.errors()));
    }
    String projectId = projects.register(checked, system.currentUser(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(projectId);
    execution.removeVariables(FormFields.startFieldNames());
    execution.setVariables(projects.startVariables(projectId, checked));
  }
}
