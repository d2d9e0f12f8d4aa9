package nl.laatstemeter.project;

import nl.laatstemeter.contract.Organisations;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Joint decisions under SHARED coordination (process {@code jointDecision}), as bean
 * {@code jointDecision}: {@link #summary} describes the decision for the approvers, {@link #notify}
 * records one party's verdict. The first rejection (with its reason) ends the round: the
 * multi-instance completes on {@code decisionRejected} and the caller sends the decision back.
 */
@Component("jointDecision")
public class JointDecision implements TaskListener {

  public static final String APPROVAL = "approval";
  public static final String REJECTION_REASON = "rejectionReason";
  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";

  private final ProcessRouting routing;
  private final Organisations organisations;

  public JointDecision(ProcessRouting routing, Organisations organisations) {
    this.routing = routing;
    this.organisations = organisations;
  }

  /** Complete listener of {@code approveDecision} ({@code delegateExpression="${jointDecision}"}). */
  @Override
  public void notify(DelegateTask task) {
    Object approval = task.getVariable(APPROVAL);
    if (!APPROVED.equals(approval) && !REJECTED.equals(approval)) {
      throw new ProcessEngineException("Kies 'Goedkeuren' of 'Afwijzen'.");
    }
    if (REJECTED.equals(approval)) {
      String reason = FormFields.text(task.getVariable(REJECTION_REASON));
      if (reason == null) {
        throw new ProcessEngineException("Geef bij een afwijzing de reden op.");
      }
      DelegateExecution instance = task.getExecution().getProcessInstance();
      String previous = FormFields.text(instance.getVariable(ProjectVariables.REJECTION_REASONS));
      String party = organisations.displayName(String.valueOf(task.getVariable(ProjectVariables.PARTY_GROUP)));
      instance.setVariable(ProjectVariables.REJECTION_REASONS,
          (previous == null ? "" : previous + "\n") + party + ": " + reason);
      instance.setVariable(ProjectVariables.DECISION_REJECTED, true);
    }
  }

  /** The decision in words, for the approvers' form. */
  public String summary(DelegateExecution execution, String decision) {
    return switch (decision) {
      case "recordCollaborationForm" -> FormDescription.of(routing.formInForce(execution));
      case "award" -> InstallerTender.awardSummary(execution);
      case "decideGoNoGo" -> goNoGoSummary(execution);
      case "planTrains" -> "Eerste uitvoeringsdatum " + execution.getVariable(ProjectVariables.FIRST_DATE)
          + ", treintjes van " + execution.getVariable(ProjectVariables.TRAIN_SIZE) + " woningen, buffertijd "
          + execution.getVariable(ProjectVariables.BUFFER_PERCENTAGE) + "%.";
      case "stop" -> "Project stoppen: " + execution.getVariable(ProjectVariables.STOP_REASON) + " Woningen waarvan de "
          + "uitvoering nog niet begon, worden niet aangesloten; woningen in uitvoering worden afgemaakt.";
      default -> throw new ProcessEngineException("Onbekend besluit '" + decision + "'");
    };
  }

  private static String goNoGoSummary(VariableScope scope) {
    Object rate = scope.getVariable(ProjectVariables.PARTICIPATION_RATE);
    String participation = rate instanceof Number n ? " (deelname " + Math.round(n.doubleValue() * 100) + "%)" : "";
    if ("STOP".equals(scope.getVariable(ProjectVariables.GO_NO_GO))) {
      return "Project stoppen" + participation + ": " + scope.getVariable(ProjectVariables.STOP_REASON);
    }
    return "Project doorzetten" + participation + ".";
  }

}
