package nl.laatstemeter.dwelling;

import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The collaboration form in force for a dwelling, for the beans of its process. */
final class DwellingForms {

  private DwellingForms() {}

  static CollaborationForm inForce(ProcessRouting routing, VariableScope dwelling) {
    CollaborationForm form = routing.formInForce(dwelling);
    if (form == null) {
      throw new ProcessEngineException("Woning " + dwelling.getVariable(DwellingVariables.DWELLING_ID)
          + " vindt de samenwerkingsvorm van project " + dwelling.getVariable(DwellingVariables.PROJECT_ID) + " niet");
    }
    return form;
  }
}
