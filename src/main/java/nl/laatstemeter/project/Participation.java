package nl.laatstemeter.project;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.dwelling.DwellingProgress;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.dwelling.DwellingStage;
import nl.laatstemeter.dwelling.NotConnectedReason;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The participation rate when the sign-up deadline passes (bean {@code participation}): the
 * share of the project's registered dwellings whose owner signed up, counted from the dwelling
 * instances' stages, against {@code context.participationThreshold}.
 */
@Component("participation")
public class Participation {

  /** Text for the go/no-go form. */
  public static final String PARTICIPATION_SUMMARY = "participationSummary";

  /** Reasons of a dwelling that ended without (or no longer with) the owner signed up. */
  private static final Set<NotConnectedReason> NOT_SIGNED_UP =
      EnumSet.of(NotConnectedReason.DECLINED, NotConnectedReason.NO_DECISION, NotConnectedReason.WITHDRAWN,
          NotConnectedReason.PROJECT_STOPPED);

  private final DwellingProgress progress;
  private final DwellingRegister dwellings;
  private final ProcessRouting routing;

  public Participation(DwellingProgress progress, DwellingRegister dwellings, ProcessRouting routing) {
    this.progress = progress;
    this.dwellings = dwellings;
    this.routing = routing;
  }

  public void measure(DelegateExecution execution) {
    String projectId = execution.getProcessBusinessKey();
    double rate = rate(projectId);
    CollaborationForm form = routing.formInForce(execution);
    Double threshold = form.context().participationThreshold();
    execution.setVariable(ProjectVariables.PARTICIPATION_RATE, rate);
    execution.setVariable(ProjectVariables.PARTICIPATION_BELOW_THRESHOLD, threshold != null && rate < threshold);
    execution.setVariable(ProjectVariables.SIGN_UP_CLOSED, true);
    execution.setVariable(PARTICIPATION_SUMMARY, "Aangemeld: " + Math.round(rate * 100) + "% van "
        + dwellings.count(projectId) + " woningen; drempel " + (threshold == null ? "-" : Math.round(threshold * 100) + "%") + ".");
  }

  /** Signed-up dwellings divided by registered dwellings; 0 without dwellings. */
  public double rate(String projectId) {
    int registered = dwellings.count(projectId);
    if (registered == 0) {
      return 0;
    }
    long signedUp = 0;
    for (Map.Entry<DwellingStage, Long> e : progress.perStage(projectId).entrySet()) {
      if (e.getKey() != DwellingStage.UNDECIDED && e.getKey() != DwellingStage.NOT_CONNECTED) {
        signedUp += e.getValue();
      }
    }
    for (Map.Entry<NotConnectedReason, Long> e : progress.perNotConnectedReason(projectId).entrySet()) {
      if (!NOT_SIGNED_UP.contains(e.getKey())) {
        signedUp += e.getValue();
      }
    }
    return (double) signedUp / registered;
  }
}
