package nl.laatstemeter.project;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener of {@code extrapolateBudget} ({@code delegateExpression="${budgetExtrapolation}"}): checks
 * what its form cannot and stores the decision for the steps after it; a refused completion keeps
 * the task open with the Dutch message in Tasklist.
 */
@Component("budgetExtrapolation")
class BudgetExtrapolation implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    recordBudget(task);
  }

  /** {@code extrapolateBudget}: amounts not negative, a surcharge between 0 and 100%. */
  private void recordBudget(DelegateTask task) {
    TaskInput.number(task, "sampleAverageCost", "Gemiddelde kosten per geschouwde woning", 0, Double.MAX_VALUE);
    TaskInput.number(task, "surchargePercentage", "Opslag", 0, 100);
    TaskInput.number(task, "extrapolatedBudget", "Geëxtrapoleerde begroting", 0, Double.MAX_VALUE);
  }
}
