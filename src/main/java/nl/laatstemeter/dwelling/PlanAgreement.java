package nl.laatstemeter.dwelling;

import nl.laatstemeter.contract.DwellingVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The owner's answer to the connection plan ({@code ownerAgreement}), as bean {@code planAgreement}:
 * the options of its form, the check of the answer, and the count of revised plans.
 */
@Component("planAgreement")
public class PlanAgreement {

  public static final String OWNER_DECISION = DwellingVariables.OWNER_DECISION;
  public static final String OWNER_DECISION_OPTIONS = DwellingVariables.OWNER_DECISION_OPTIONS;
  /** How often the owner asked for a revised plan. */
  public static final String PLAN_REVISIONS = DwellingVariables.PLAN_REVISIONS;
  public static final int MAX_PLAN_REVISIONS = 2;

  /** A revised plan: one more revision (after {@value #MAX_PLAN_REVISIONS} the owner can no longer ask for one). */
  public void planRevised(DelegateExecution dwelling) {
    dwelling.setVariable(PLAN_REVISIONS, revisions(dwelling) + 1);
  }

  /**
   * On creation of {@code ownerAgreement}: the options of its radio ({@code valuesKey:
   * ownerDecisionOptions}), REVISE only while fewer than {@value #MAX_PLAN_REVISIONS} revisions were made.
   */
  public void offerOwnerDecisions(DelegateTask task) {
    StringBuilder options = new StringBuilder("[{\"label\":\"Akkoord\",\"value\":\"AGREE\"}");
    if (revisions(task) < MAX_PLAN_REVISIONS) {
      options.append(",{\"label\":\"Aangepast plan gevraagd\",\"value\":\"REVISE\"}");
    }
    options.append(",{\"label\":\"Niet akkoord: de woning wordt niet aangesloten\",\"value\":\"REFUSE\"}]");
    task.setVariableLocal(OWNER_DECISION_OPTIONS, SpinValues.jsonValue(options.toString()).create());
  }

  /** On completion of {@code ownerAgreement}: REVISE is refused once the plan was revised twice. */
  public void checkOwnerDecision(DelegateTask task) {
    if ("REVISE".equals(task.getVariable(OWNER_DECISION)) && revisions(task) >= MAX_PLAN_REVISIONS) {
      throw new ProcessEngineException("ownerDecision: het plan is al " + MAX_PLAN_REVISIONS
          + " keer aangepast; kies akkoord of niet akkoord");
    }
  }

  private static int revisions(VariableScope dwelling) {
    Object n = dwelling.getVariable(PLAN_REVISIONS);
    return n == null ? 0 : ((Number) n).intValue();
  }
}
