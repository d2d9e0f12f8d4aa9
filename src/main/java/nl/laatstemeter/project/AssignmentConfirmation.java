package nl.laatstemeter.project;

import static nl.laatstemeter.project.InstallerTender.ASSIGNMENT_ANSWER;
import static nl.laatstemeter.project.InstallerTender.ASSIGNMENT_DECLINED;
import static nl.laatstemeter.project.InstallerTender.DECLINED_BY;
import static nl.laatstemeter.project.InstallerTender.DECLINE_REASON;

import nl.laatstemeter.contract.Organisations;
import nl.laatstemeter.contract.ProjectVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code confirmAssignment} ({@code delegateExpression="${assignmentConfirmation}"}):
 * the answer ({@value InstallerTender#ASSIGNMENT_ANSWER}: {@code ACCEPT} with a contact person, or
 * {@code DECLINE} with its reason) is given; a refusal ends the round of confirmations
 * ({@value InstallerTender#ASSIGNMENT_DECLINED}) and is shown to the coordinator.
 */
@Component("assignmentConfirmation")
public class AssignmentConfirmation implements TaskListener {

  private final Organisations organisations;

  public AssignmentConfirmation(Organisations organisations) {
    this.organisations = organisations;
  }

  @Override
  public void notify(DelegateTask task) {
    Object answer = task.getVariable(ASSIGNMENT_ANSWER);
    if ("ACCEPT".equals(answer)) {
      if (FormFields.text(task.getVariable(ProjectVariables.CONTACT_PERSON)) == null) {
        throw new ProcessEngineException("Noem het aanspreekpunt van uw organisatie.");
      }
      return;
    }
    if (!"DECLINE".equals(answer)) {
      throw new ProcessEngineException("Kies 'Aanvaarden' of 'Weigeren' (" + ASSIGNMENT_ANSWER + ").");
    }
    String reason = FormFields.text(task.getVariable(DECLINE_REASON));
    if (reason == null) {
      throw new ProcessEngineException("Geef de reden op waarom uw organisatie de opdracht weigert.");
    }
    DelegateExecution instance = task.getExecution().getProcessInstance();
    String previous = FormFields.text(instance.getVariable(DECLINED_BY));
    String group = String.valueOf(task.getVariable(ProjectVariables.PARTY_GROUP));
    instance.setVariable(DECLINED_BY, (previous == null ? "" : previous + "\n") + organisations.displayName(group) + ": " + reason);
    instance.setVariable(ASSIGNMENT_DECLINED, true);
  }
}
