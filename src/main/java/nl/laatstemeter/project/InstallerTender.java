package nl.laatstemeter.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.contract.BusinessTime;
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
  static final Map<WorkPackage, String> PACKAGE_FIELDS = new EnumMap<>(Map.of(
      WorkPackage.INSPECTION, "inspectionInstaller", WorkPackage.DELIVERY_SET, "deliverySetInstaller",
      WorkPackage.INDOOR, "indoorInstaller"));
  /** Variables of one lot, cleared before the next. */
  private static final List<String> LOT_VARIABLES = List.of(AWARDED, "inspectionInstaller", "deliverySetInstaller",
      "indoorInstaller", BID_DEADLINE, BID_DEADLINE_AT, "tenderDescription", "bidsReceived", "awardAmount",
      ProjectVariables.AWARD_RATIONALE, ProjectVariables.FRAMEWORK_AGREEMENT);

  static final String ALL = "ALL";
  static final String INSPECTION = "INSPECTION";
  static final String INSTALLATION = "INSTALLATION";

  private final ProcessRouting routing;
  private final ProjectService projects;
  private final FormJson json;

  public InstallerTender(ProcessRouting routing, ProjectService projects, FormJson json) {
    this.routing = routing;
    this.projects = projects;
    this.json = json;
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

  /** Complete listener of the award tasks: every named organisation must exist. */
  void recordAward(DelegateTask task) {
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
    DelegateExecution project = execution.getProcessInstance().getSuperExecution();
    if (project == null) {
      throw new ProcessEngineException("Aanbesteding zonder aansluitproject: start 'installerTender' vanuit 'connectionProject'");
    }
    project.setVariable(ProjectVariables.COLLABORATION_FORM, json.write(awardedForm));
    if (!INSPECTION.equals(lot)) {
      execution.setVariable(ProjectVariables.INSTALLER_JOINED, true);
    }
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
