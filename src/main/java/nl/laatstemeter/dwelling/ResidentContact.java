package nl.laatstemeter.dwelling;

import nl.laatstemeter.contract.DwellingVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Whether a dwelling's resident can be e-mailed (the register), for the resident messages. */
@Component
public class ResidentContact {

  private final DwellingRegister register;

  public ResidentContact(DwellingRegister register) {
    this.register = register;
  }

  public boolean hasEmail(VariableScope dwelling) {
    Object projectId = dwelling.getVariable(DwellingVariables.PROJECT_ID);
    Object dwellingId = dwelling.getVariable(DwellingVariables.DWELLING_ID);
    if (projectId == null || dwellingId == null) {
      return false;
    }
    return register.find(projectId.toString(), dwellingId.toString()).map(Dwelling::hasEmail).orElse(false);
  }
}
