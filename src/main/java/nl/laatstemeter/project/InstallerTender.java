package nl.laatstemeter.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.Organisations;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.BuildingBlocks.InstallerCount;
import nl.laatstemeter.form.BuildingBlocks.TenderMethod;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.WorkPackage;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The tender of the installation work (process {@code installerTender}, block 3.2), as bean
 * {@code installerTender}. Works in lots: {@code ALL}, or under {@code split} first
 * {@code INSPECTION} (work package INSPECTION) and then {@code INSTALLATION}: two awards. The
 * award names the installer organisation(s) in the project's {@code collaborationForm}; after the
 * award of the installation the installer is in the team ({@code installerJoined}).
 */
@Component("installerTender")
public class InstallerTender implements TaskListener {

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
  private static final List<String> LOT_VARIABLES = List.of(AWARDED, "inspectionInstaller", "deliverySetInstaller",
      "indoorInstaller", BID_DEADLINE, BID_DEADLINE_AT, "tenderDescription", "bidsReceived", "awardAmount",
      ProjectVariables.AWARD_RATIONALE, ProjectVariables.FRAMEWORK_AGREEMENT, TENDER_OUTCOME, NO_AWARD_REASON, ASSIGNMENT_DECLINED, DECLINED_BY,
      FAILED_TENDER_DECISION, FAILED_TENDER_SUMMARY, "failedTenderNotes");

  static final String ALL = "ALL";
  static final String INSPECTION = "INSPECTION";
  static final String INSTALLATION = "INSTALLATION";

  private final ProcessRouting routing;
  private final ProjectService projects;
  private final FormJson json;
  private final Organisations organisations;

  public InstallerTender(ProcessRouting routing, ProjectService projects, FormJson json, Organisations organisations) {
    this.routing = routing;
    this.projects = projects;
    this.json = json;
    this.organisations = organisations;
  }

  /**
   * Task listener of the tender's forms ({@code delegateExpression="${installerTender}"}): checks
   * what a person entered, so a refusal reaches Tasklist as a plain Dutch message.
   */
  @Override
  public void notify(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    if ("prepareTender".equals(key) && EVENTNAME_COMPLETE.equals(task.getEventName())) {
      recordBidDeadline(task);
    } else if ("confirmAssignment".equals(key)) {
      recordAnswer(task);
    } else if ("decideFailedTender".equals(key)) {
      if (EVENTNAME_CREATE.equals(task.getEventName())) {
        task.getExecution().setVariable(FAILED_TENDER_SUMMARY, failureSummary(task));
      } else {
        recordFailedTenderDecision(task);
      }
    } else if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepareAward(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      recordAward(task);
    }
  }

  /** Start listener: the lots of this tender. */
  public void begin(DelegateExecution execution) {
    CollaborationForm form = routing.formInForce(execution);
    boolean split = form.buildingBlocks().tender().split()
        && form.buildingBlocks().tender().method() != TenderMethod.INTEGRATED;
    List<String> lots = split ? List.of(INSPECTION, INSTALLATION) : List.of(ALL);
    execution.setVariable(LOTS, String.join(",", lots));
    setLot(execution, lots.get(0));
    execution.setVariable(INSTALLER_COUNT, form.buildingBlocks().installer().count().name());
  }

  /** Create listener of the award tasks: proposes the organisations the project names already. */
  void prepareAward(DelegateTask task) {
    CollaborationForm form = routing.formInForce(task);
    String lot = lot(task);
    if (task.getVariable(AWARDED) == null) {
      String current = INSPECTION.equals(lot) ? form.installerPackages().get(WorkPackage.INSPECTION)
          : form.parties().get(Role.INSTALLER);
      task.getExecution().setVariable(AWARDED, current == null ? "" : current);
    }
    if (!INSPECTION.equals(lot)) {
      PACKAGE_FIELDS.forEach((pkg, field) -> {
        if (task.getVariable(field) == null && form.installerPackages().containsKey(pkg)) {
          task.getExecution().setVariable(field, form.installerPackages().get(pkg));
        }
      });
    }
  }

  /** Complete listener of {@code prepareTender}: the timer waits until the end of the bid deadline day. */
  void recordBidDeadline(DelegateTask task) {
    LocalDate deadline = TaskInput.date(task.getVariable(BID_DEADLINE), "Sluitingsdatum inschrijving");
    if (deadline.isBefore(LocalDate.now(BusinessTime.ZONE))) {
      throw new ProcessEngineException("De sluitingsdatum voor inschrijvingen (" + deadline + ") ligt in het verleden.");
    }
    task.getExecution().setVariable(BID_DEADLINE, deadline.toString());
    task.getExecution().setVariable(BID_DEADLINE_AT, ProjectService.dayAfter(deadline));
  }

  /**
   * Complete listener of the award tasks: the outcome is given; with an award every named
   * organisation must exist, without one a reason is given.
   */
  void recordAward(DelegateTask task) {
    boolean framework = "selectFromFramework".equals(task.getTaskDefinitionKey());
    String awardedValue = framework ? "SELECTED" : "AWARDED";
    String failedValue = framework ? "NONE_AVAILABLE" : "NO_SUITABLE_BID";
    String outcome = FormFields.text(task.getVariable(TENDER_OUTCOME));
    if (outcome == null && FormFields.text(task.getVariable(AWARDED)) != null) {
      outcome = awardedValue; // an award without the outcome field (older clients): it is an award
      task.getExecution().setVariable(TENDER_OUTCOME, outcome);
    }
    if (failedValue.equals(outcome)) {
      if (FormFields.text(task.getVariable(NO_AWARD_REASON)) == null) {
        throw new ProcessEngineException("Geef de reden op waarom niet wordt gegund.");
      }
      return;
    }
    if (!awardedValue.equals(outcome)) {
      throw new ProcessEngineException("Kies de uitkomst: " + (framework ? "'Installateur gekozen' of 'Geen installateur beschikbaar'."
          : "'Gunnen' of 'Geen geschikte inschrijving'."));
    }
    List<String> errors = new ArrayList<>();
    String awarded = FormFields.text(task.getVariable(AWARDED));
    if (awarded == null) {
      errors.add("Vul de organisatie in waaraan wordt gegund.");
    } else if (!projects.groupExists(awarded)) {
      errors.add("Organisatie '" + awarded + "' bestaat niet (Camunda-groep).");
    }
    for (String field : PACKAGE_FIELDS.values()) {
      String group = FormFields.text(task.getVariable(field));
      if (group != null && !projects.groupExists(group)) {
        errors.add("Organisatie '" + group + "' bestaat niet (Camunda-groep).");
      }
    }
    if (!errors.isEmpty()) {
      throw new ProcessEngineException(String.join(" ", errors));
    }
  }

  /** Service task: the award becomes part of the project's collaboration form. */
  public void applyAward(DelegateExecution execution) {
    CollaborationForm form = routing.formInForce(execution);
    String lot = lot(execution);
    Map<Role, String> parties = new EnumMap<>(Role.class);
    parties.putAll(form.parties());
    Map<WorkPackage, String> packages = new EnumMap<>(WorkPackage.class);
    packages.putAll(form.installerPackages());
    String awarded = FormFields.text(execution.getVariable(AWARDED));
    if (awarded != null) {
      if (INSPECTION.equals(lot)) {
        packages.put(WorkPackage.INSPECTION, awarded);
      } else {
        parties.put(Role.INSTALLER, awarded);
        if (form.buildingBlocks().installer().count() == InstallerCount.MULTIPLE) {
          PACKAGE_FIELDS.forEach((pkg, field) -> {
            String group = FormFields.text(execution.getVariable(field));
            if (group != null && !(pkg == WorkPackage.INSPECTION && INSTALLATION.equals(lot))) {
              packages.put(pkg, group);
            }
          });
        }
      }
    }
    CollaborationForm awardedForm = form.withParties(parties).withInstallerPackages(packages);
    DelegateExecution project = project(execution);
    project.setVariable(ProjectVariables.COLLABORATION_FORM, json.write(awardedForm));
    execution.setVariable(ASSIGNMENT_DECLINED, false);
    execution.removeVariable(DECLINED_BY);
  }

  /**
   * Complete listener of {@code confirmAssignment}: the answer is given; a refusal (with its reason)
   * ends the round of confirmations ({@value #ASSIGNMENT_DECLINED}) and is shown to the coordinator.
   */
  void recordAnswer(DelegateTask task) {
    Object answer = task.getVariable(ASSIGNMENT_ANSWER);
    if (answer == null && FormFields.text(task.getVariable(ProjectVariables.CONTACT_PERSON)) != null) {
      answer = "ACCEPT"; // a confirmation without the answer field (older clients)
    }
    if ("ACCEPT".equals(answer)) {
      if (FormFields.text(task.getVariable(ProjectVariables.CONTACT_PERSON)) == null) {
        throw new ProcessEngineException("Noem het aanspreekpunt van uw organisatie.");
      }
      return;
    }
    if (!"DECLINE".equals(answer)) {
      throw new ProcessEngineException("Kies 'Aanvaarden' of 'Weigeren'.");
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

  /**
   * Listener on "Opdracht aanvaard? ja": every organisation of this lot accepted. They are contracted
   * (project variable {@value ProjectVariables#CONTRACTED_INSTALLERS}); after the installation lot the
   * installer is in the team.
   */
  public void contracted(DelegateExecution execution) {
    DelegateExecution project = project(execution);
    Set<String> contracted = new LinkedHashSet<>(ProjectEnd.contractedInstallers(project));
    contracted.addAll(confirmingGroups(execution));
    project.setVariable(ProjectVariables.CONTRACTED_INSTALLERS, String.join(",", contracted));
    if (!INSPECTION.equals(lot(execution))) {
      execution.setVariable(ProjectVariables.INSTALLER_JOINED, true);
    }
  }

  /** Why the tender failed, for {@code decideFailedTender}. */
  String failureSummary(DelegateTask task) {
    if (Boolean.TRUE.equals(task.getVariable(ASSIGNMENT_DECLINED))) {
      return "De opdracht is geweigerd door:\n\n" + task.getVariable(DECLINED_BY);
    }
    Object outcome = task.getVariable(TENDER_OUTCOME);
    String reason = FormFields.text(task.getVariable(NO_AWARD_REASON));
    String what = "NONE_AVAILABLE".equals(outcome) ? "Geen installateur uit de raamovereenkomst beschikbaar"
        : "Geen geschikte inschrijving";
    return what + (reason == null ? "." : ": " + reason);
  }

  /**
   * Complete listener of {@code decideFailedTender}: a stop needs its reason, which becomes the
   * project's {@value ProjectVariables#STOP_REASON} (the error that stops the project carries no variables).
   */
  void recordFailedTenderDecision(DelegateTask task) {
    Object decision = task.getVariable(FAILED_TENDER_DECISION);
    if (!List.of("RETENDER", "OTHER_INSTALLER", "STOP").contains(decision)) {
      throw new ProcessEngineException("Kies 'Opnieuw aanbesteden', 'Andere installateur kiezen' of 'Project stoppen'.");
    }
    if ("STOP".equals(decision)) {
      String reason = FormFields.text(task.getVariable(ProjectVariables.STOP_REASON));
      if (reason == null) {
        throw new ProcessEngineException("Geef de reden op om het project te stoppen.");
      }
      project(task.getExecution()).setVariable(ProjectVariables.STOP_REASON, reason);
    }
  }

  /** Listener on the flow back after a failed tender: the lot starts again without its answers. */
  public void restartLot(DelegateExecution execution) {
    execution.removeVariables(LOT_VARIABLES);
  }

  /** The project instance that called this tender. */
  private static DelegateExecution project(DelegateExecution execution) {
    DelegateExecution superExecution = execution.getProcessInstance().getSuperExecution();
    if (superExecution == null) {
      throw new ProcessEngineException("Aanbesteding zonder aansluitproject: start 'installerTender' vanuit 'connectionProject'");
    }
    return superExecution.getProcessInstance();
  }

  /** The installer organisations that confirm the assignment of this lot (each one task). */
  public List<String> confirmingGroups(DelegateExecution execution) {
    List<String> all = routing.eachPartyGroups(execution, "confirmAssignment");
    CollaborationForm form = routing.formInForce(execution);
    String inspection = form.installerPackages().get(WorkPackage.INSPECTION);
    return switch (lot(execution)) {
      case INSPECTION -> all.stream().filter(g -> g.equals(inspection)).toList();
      case INSTALLATION -> all.stream().filter(g -> !g.equals(inspection) || installationWork(form, g)).toList();
      default -> all;
    };
  }

  private static boolean installationWork(CollaborationForm form, String group) {
    return group.equals(form.parties().get(Role.INSTALLER))
        || group.equals(form.installerPackages().get(WorkPackage.DELIVERY_SET))
        || group.equals(form.installerPackages().get(WorkPackage.INDOOR));
  }

  public boolean hasNextLot(DelegateExecution execution) {
    List<String> lots = lots(execution);
    return lots.indexOf(lot(execution)) < lots.size() - 1;
  }

  /** Listener on the flow back: the next lot starts without the previous lot's answers. */
  public void nextLot(DelegateExecution execution) {
    List<String> lots = lots(execution);
    String next = lots.get(lots.indexOf(lot(execution)) + 1);
    execution.removeVariables(LOT_VARIABLES);
    setLot(execution, next);
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

  private static void setLot(DelegateExecution execution, String lot) {
    execution.setVariable(LOT, lot);
    execution.setVariable(LOT_LABEL, switch (lot) {
      case INSPECTION -> "schouw (werkpakket schouw apart aanbesteed)";
      case INSTALLATION -> "installatie";
      default -> "schouw en installatie";
    });
  }

  private static String lot(VariableScope scope) {
    Object lot = scope.getVariable(LOT);
    return lot == null ? ALL : lot.toString();
  }

  private static List<String> lots(VariableScope scope) {
    Object lots = scope.getVariable(LOTS);
    return lots == null ? List.of(ALL) : List.of(lots.toString().split(","));
  }

}
