package nl.laatstemeter.project;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.WorkPackage;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The tender of the installation work (process {@code installerTender}, block 3.2): its variable
 * names and what its beans share. Works in lots: {@code ALL}, or under {@code split} first
 * {@code INSPECTION} (work package INSPECTION) and then {@code INSTALLATION}: two awards. The
 * award names the installer organisation(s) in the project's {@code collaborationForm}; after the
 * award of the installation the installer is in the team ({@code installerJoined}).
 *
 * <p>One bean per element of the model: {@link TenderLotSequence} (the lots: start listener,
 * gateway "Nog een perceel?", the flows back), {@link BidDeadlineCheck} ({@code prepareTender}),
 * {@link TenderAward} ({@code evaluateBids}, {@code selectFromFramework}), {@link AwardInForm}
 * (service task {@code applyAward}), {@link ConfirmingInstallers} (who confirms the assignment;
 * contracted when all accept), {@link AssignmentConfirmation} ({@code confirmAssignment}) and
 * {@link FailedTenderTask} ({@code decideFailedTender}).
 */
public final class InstallerTender {

  public static final String LOTS = "tenderLots";
  public static final String LOT = "tenderLot";
  public static final String LOT_LABEL = "tenderLotLabel";
  /** For the award forms: show the work-package fields under MULTIPLE. */
  public static final String INSTALLER_COUNT = "installerCount";
  public static final String AWARDED = "awardedInstaller";
  public static final String BID_DEADLINE = "bidDeadline";
  public static final String BID_DEADLINE_AT = "bidDeadlineAt";
  /** evaluateBids: {@code AWARDED} or {@code NO_SUITABLE_BID}; selectFromFramework: {@code SELECTED} or {@code NONE_AVAILABLE}. */
  public static final String TENDER_OUTCOME = "tenderOutcome";
  public static final String NO_AWARD_REASON = "noAwardReason";
  /** confirmAssignment (local to each task): {@code ACCEPT} or {@code DECLINE} with {@value #DECLINE_REASON}. */
  public static final String ASSIGNMENT_ANSWER = "assignmentAnswer";
  public static final String DECLINE_REASON = "declineReason";
  /** Set when an installer organisation declines: ends the confirmation round. */
  public static final String ASSIGNMENT_DECLINED = "assignmentDeclined";
  public static final String DECLINED_BY = "declinedBy";
  /** decideFailedTender: {@code RETENDER}, {@code OTHER_INSTALLER} or {@code STOP}. */
  public static final String FAILED_TENDER_DECISION = "failedTenderDecision";
  public static final String FAILED_TENDER_SUMMARY = "failedTenderSummary";
  static final Map<WorkPackage, String> PACKAGE_FIELDS = new EnumMap<>(Map.of(
      WorkPackage.INSPECTION, "inspectionInstaller", WorkPackage.DELIVERY_SET, "deliverySetInstaller",
      WorkPackage.INDOOR, "indoorInstaller"));
  /** Variables of one lot, cleared before the next. */
  static final List<String> LOT_VARIABLES = List.of(AWARDED, "inspectionInstaller", "deliverySetInstaller",
      "indoorInstaller", BID_DEADLINE, BID_DEADLINE_AT, "tenderDescription", "bidsReceived", "awardAmount",
      ProjectVariables.AWARD_RATIONALE, ProjectVariables.FRAMEWORK_AGREEMENT, TENDER_OUTCOME, NO_AWARD_REASON, ASSIGNMENT_DECLINED, DECLINED_BY,
      FAILED_TENDER_DECISION, FAILED_TENDER_SUMMARY, "failedTenderNotes");

  static final String ALL = "ALL";
  static final String INSPECTION = "INSPECTION";
  static final String INSTALLATION = "INSTALLATION";

  private InstallerTender() {}

  /** The project instance that called this tender. */
  static DelegateExecution project(DelegateExecution execution) {
    DelegateExecution superExecution = execution.getProcessInstance().getSuperExecution();
    if (superExecution == null) {
      throw new ProcessEngineException("Aanbesteding zonder aansluitproject: start 'installerTender' vanuit 'connectionProject'");
    }
    return superExecution.getProcessInstance();
  }

  /** The award in words, for the approvers. */
  static String awardSummary(VariableScope scope) {
    StringBuilder s = new StringBuilder("Perceel ").append(scope.getVariable(LOT_LABEL)).append(": gegund aan ")
        .append(scope.getVariable(AWARDED));
    PACKAGE_FIELDS.forEach((pkg, field) -> {
      String group = FormFields.text(scope.getVariable(field));
      if (group != null) {
        s.append(", werkpakket ").append(pkg.name()).append(" aan ").append(group);
      }
    });
    Object rationale = scope.getVariable(ProjectVariables.AWARD_RATIONALE);
    if (rationale != null) {
      s.append(". Motivering: ").append(rationale);
    }
    return s.append('.').toString();
  }

  static void setLot(DelegateExecution execution, String lot) {
    execution.setVariable(LOT, lot);
    execution.setVariable(LOT_LABEL, switch (lot) {
      case INSPECTION -> "schouw (werkpakket schouw apart aanbesteed)";
      case INSTALLATION -> "installatie";
      default -> "schouw en installatie";
    });
  }

  static String lot(VariableScope scope) {
    Object lot = scope.getVariable(LOT);
    return lot == null ? ALL : lot.toString();
  }

  static List<String> lots(VariableScope scope) {
    Object lots = scope.getVariable(LOTS);
    return lots == null ? List.of(ALL) : List.of(lots.toString().split(","));
  }
}
