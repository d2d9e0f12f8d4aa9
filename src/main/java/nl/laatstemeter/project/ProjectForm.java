package nl.laatstemeter.project;

import nl.laatstemeter.form.BuildingBlocks.InspectionRounds;
import nl.laatstemeter.form.BuildingBlocks.InstallerTiming;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Conditions on the form in force that no catalogue task decides (bean {@code projectForm}):
 * when the tender falls (installer timing) and whether inspections come in two rounds. Where a
 * task's occurrence decides, the BPMN asks {@code routing.occurs} instead.
 */
@Component("projectForm")
public class ProjectForm {

  private final ProcessRouting routing;

  public ProjectForm(ProcessRouting routing) {
    this.routing = routing;
  }

  public boolean installerFromStart(VariableScope scope) {
    return routing.formInForce(scope).buildingBlocks().installer().timing() == InstallerTiming.FROM_START;
  }

  public boolean twoInspectionRounds(VariableScope scope) {
    return routing.formInForce(scope).buildingBlocks().inspection().rounds() == InspectionRounds.TWICE;
  }
}
