package nl.laatstemeter.dwelling;

import nl.laatstemeter.contract.DwellingVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The stage of a dwelling (see {@link DwellingStage}), as bean {@code dwellingStage}: the start
 * listeners that record it, the ends "niet aangesloten" with their reason, and the condition of
 * the gateway "Uitvoering al begonnen?".
 */
@Component("dwellingStage")
public class DwellingStageSteps {

  private final DwellingRegister register;

  public DwellingStageSteps(DwellingRegister register) {
    this.register = register;
  }

  /** Records the dwelling's stage. */
  public void stage(DelegateExecution dwelling, String stage) {
    dwelling.setVariable(DwellingVariables.STAGE, DwellingStage.valueOf(stage).name());
  }

  /**
   * Ends the dwelling as "niet aangesloten": stage NOT_CONNECTED with the reason (a
   * {@link NotConnectedReason}). Frees its planned slot in the register, so a dwelling that agrees
   * later may take it.
   */
  public void notConnected(DelegateExecution dwelling, String reason) {
    dwelling.setVariable(DwellingVariables.NOT_CONNECTED_REASON, NotConnectedReason.valueOf(reason).name());
    stage(dwelling, DwellingStage.NOT_CONNECTED.name());
    Object projectId = dwelling.getVariable(DwellingVariables.PROJECT_ID);
    Object dwellingId = dwelling.getVariable(DwellingVariables.DWELLING_ID);
    if (projectId != null && dwellingId != null) {
      register.setPlannedDate(projectId.toString(), dwellingId.toString(), null);
    }
  }

  /** For the gateway "Uitvoering al begonnen?" when the project stops: the dwelling is in execution or connected. */
  public boolean executionStarted(VariableScope dwelling) {
    Object stage = dwelling.getVariable(DwellingVariables.STAGE);
    return stage != null && DwellingStage.EXECUTING.contains(DwellingStage.valueOf(stage.toString()));
  }
}
