package nl.laatstemeter.project;

import nl.laatstemeter.contract.ProjectVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener of {@code decideGoNoGo} ({@code delegateExpression="${goNoGoDecision}"}): checks
 * what its form cannot and stores the decision for the steps after it; a refused completion keeps
 * the task open with the Dutch message in Tasklist.
 */
@Component("goNoGoDecision")
class GoNoGoDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    recordGoNoGo(task);
  }

  /** {@code decideGoNoGo}: CONTINUE, or STOP with the reason every open dwelling ends with. */
  private void recordGoNoGo(DelegateTask task) {
    Object decision = task.getVariable(ProjectVariables.GO_NO_GO);
    if ("STOP".equals(decision)) {
      if (FormFields.text(task.getVariable(ProjectVariables.STOP_REASON)) == null) {
        throw new ProcessEngineException("Geef de reden om te stoppen: die krijgen alle open woningen mee.");
      }
    } else if ("CONTINUE".equals(decision)) {
      task.getExecution().setVariable(ProjectVariables.STOP_REASON, null);
    } else {
      throw new ProcessEngineException("Kies 'Doorgaan' of 'Stoppen'.");
    }
  }
}
