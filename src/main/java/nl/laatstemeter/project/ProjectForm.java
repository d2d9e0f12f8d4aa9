package nl.laatstemeter.project;

import nl.laatstemeter.form.BuildingBlocks.InspectionRounds;
import nl.laatstemeter.form.BuildingBlocks.InstallerTiming;
import nl.laatstemeter.form.CollaborationForm;
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

  /**
   * The project waits at the sign-up deadline: a threshold makes it a go/no-go, and an installer
   * chosen later is tendered only once participation is known (DOMAIN.md section 9).
   */
  public boolean waitsForSignUpDeadline(VariableScope scope) {
    CollaborationForm form = routing.formInForce(scope);
    return form.context().signUpDeadline() != null && (form.context().thresholdSet()
        || form.buildingBlocks().installer().timing() == InstallerTiming.LATER);
  }

  /** A sign-up deadline the project does not wait for: participation is measured when it passes. */
  public boolean measuresSignUpWithoutWaiting(VariableScope scope) {
    return routing.formInForce(scope).context().signUpDeadline() != null && !waitsForSignUpDeadline(scope);
  }
}
