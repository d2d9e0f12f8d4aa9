package nl.laatstemeter.project;

import java.time.LocalDate;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.ProjectVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener of {@code planTrains} ({@code delegateExpression="${trainPlanning}"}): checks
 * what its form cannot and stores the decision for the steps after it; a refused completion keeps
 * the task open with the Dutch message in Tasklist.
 */
@Component("trainPlanning")
class TrainPlanning implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    recordPlanning(task);
  }

  /**
   * {@code planTrains}: {@value ProjectVariables#FIRST_DATE} (text JJJJ-MM-DD, after today),
   * {@value ProjectVariables#TRAIN_SIZE} (Integer, at least 1) and
   * {@value ProjectVariables#BUFFER_PERCENTAGE} (Integer, 0 to 100).
   */
  private void recordPlanning(DelegateTask task) {
    LocalDate first = TaskInput.date(task.getVariable(ProjectVariables.FIRST_DATE), "Eerste uitvoeringsdatum");
    if (!first.isAfter(LocalDate.now(BusinessTime.ZONE))) {
      throw new ProcessEngineException("De eerste uitvoeringsdatum moet na vandaag liggen, niet " + first + ".");
    }
    double size = TaskInput.number(task, ProjectVariables.TRAIN_SIZE, "Woningen per treintje", 1, 10_000);
    double buffer = TaskInput.number(task, ProjectVariables.BUFFER_PERCENTAGE, "Buffertijd", 0, 100);
    if (size != Math.floor(size) || buffer != Math.floor(buffer)) {
      throw new ProcessEngineException("Woningen per treintje en buffertijd zijn hele getallen.");
    }
    DelegateExecution project = task.getExecution();
    project.setVariable(ProjectVariables.FIRST_DATE, first.toString());
    project.setVariable(ProjectVariables.TRAIN_SIZE, (int) size);
    project.setVariable(ProjectVariables.BUFFER_PERCENTAGE, (int) buffer);
  }
}
