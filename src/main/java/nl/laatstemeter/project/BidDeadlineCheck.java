package nl.laatstemeter.project;

import java.time.LocalDate;
import nl.laatstemeter.contract.BusinessTime;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code prepareTender} ({@code delegateExpression="${bidDeadlineCheck}"}):
 * the bid deadline lies today or later, and the timer waits until the end of that day.
 */
@Component("bidDeadlineCheck")
public class BidDeadlineCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    LocalDate deadline = TaskInput.date(task.getVariable(InstallerTender.BID_DEADLINE), "Sluitingsdatum inschrijving");
    if (deadline.isBefore(LocalDate.now(BusinessTime.clock()))) {
      throw new ProcessEngineException("De sluitingsdatum voor inschrijvingen (" + deadline + ") ligt in het verleden.");
    }
    task.getExecution().setVariable(InstallerTender.BID_DEADLINE, deadline.toString());
    task.getExecution().setVariable(InstallerTender.BID_DEADLINE_AT, ProjectService.dayAfter(deadline));
  }
}
