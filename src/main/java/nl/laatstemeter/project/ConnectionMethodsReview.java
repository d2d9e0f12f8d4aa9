package nl.laatstemeter.project;

import nl.laatstemeter.contract.ProjectVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener of {@code reviewConnectionMethods} ({@code delegateExpression="${connectionMethodsReview}"}): checks
 * what its form cannot and stores the decision for the steps after it; a refused completion keeps
 * the task open with the Dutch message in Tasklist.
 */
@Component("connectionMethodsReview")
class ConnectionMethodsReview implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    recordReview(task);
  }

  /** {@code reviewConnectionMethods}: an objection needs remarks and sends the design back. */
  private void recordReview(DelegateTask task) {
    Object verdict = task.getVariable("reviewVerdict");
    if (!"AGREE".equals(verdict) && !"OBJECT".equals(verdict)) {
      throw new ProcessEngineException("Kies 'Akkoord' of 'Niet akkoord'.");
    }
    if ("OBJECT".equals(verdict)) {
      String remarks = FormFields.text(task.getVariable("reviewRemarks"));
      if (remarks == null) {
        throw new ProcessEngineException("Geef bij 'Niet akkoord' aan wat er anders moet.");
      }
      DelegateExecution project = task.getExecution().getProcessInstance();
      String previous = FormFields.text(project.getVariable(ProjectVariables.REVIEW_OBJECTIONS));
      project.setVariable(ProjectVariables.REVIEW_OBJECTIONS,
          (previous == null ? "" : previous + "\n") + task.getVariable(ProjectVariables.PARTY_GROUP) + ": " + remarks);
      project.setVariable(ProjectVariables.METHODS_REJECTED, true);
    }
  }
}
