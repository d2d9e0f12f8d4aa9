package nl.laatstemeter.project;

import static nl.laatstemeter.project.InstallerTender.ASSIGNMENT_DECLINED;
import static nl.laatstemeter.project.InstallerTender.DECLINED_BY;
import static nl.laatstemeter.project.InstallerTender.FAILED_TENDER_DECISION;
import static nl.laatstemeter.project.InstallerTender.FAILED_TENDER_SUMMARY;
import static nl.laatstemeter.project.InstallerTender.NO_AWARD_REASON;
import static nl.laatstemeter.project.InstallerTender.TENDER_OUTCOME;

import java.util.List;
import nl.laatstemeter.contract.ProjectVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener of {@code decideFailedTender} ({@code delegateExpression="${failedTenderTask}"}):
 * on creation why the tender failed ({@value InstallerTender#FAILED_TENDER_SUMMARY}); on completion
 * the decision is one of the three, and a stop needs its reason, which becomes the project's
 * {@value ProjectVariables#STOP_REASON} (the error that stops the project carries no variables).
 */
@Component("failedTenderTask")
public class FailedTenderTask implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariable(FAILED_TENDER_SUMMARY, failureSummary(task));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      record(task);
    }
  }

  static String failureSummary(DelegateTask task) {
    if (Boolean.TRUE.equals(task.getVariable(ASSIGNMENT_DECLINED))) {
      return "De opdracht is geweigerd door:\n\n" + task.getVariable(DECLINED_BY);
    }
    Object outcome = task.getVariable(TENDER_OUTCOME);
    String reason = FormFields.text(task.getVariable(NO_AWARD_REASON));
    String what = "NONE_AVAILABLE".equals(outcome) ? "Geen installateur uit de raamovereenkomst beschikbaar"
        : "Geen geschikte inschrijving";
    return what + (reason == null ? "." : ": " + reason);
  }

  void record(DelegateTask task) {
    Object decision = task.getVariable(FAILED_TENDER_DECISION);
    if (!List.of("RETENDER", "OTHER_INSTALLER", "STOP").contains(decision)) {
      throw new ProcessEngineException("Kies 'Opnieuw aanbesteden', 'Andere installateur kiezen' of 'Project stoppen'.");
    }
    if ("STOP".equals(decision)) {
      String reason = FormFields.text(task.getVariable(ProjectVariables.STOP_REASON));
      if (reason == null) {
        throw new ProcessEngineException("Geef de reden op om het project te stoppen.");
      }
      InstallerTender.project(task.getExecution()).setVariable(ProjectVariables.STOP_REASON, reason);
    }
  }
}
