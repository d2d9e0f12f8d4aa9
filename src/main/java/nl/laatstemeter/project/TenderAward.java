package nl.laatstemeter.project;

import static nl.laatstemeter.project.InstallerTender.AWARDED;
import static nl.laatstemeter.project.InstallerTender.INSPECTION;
import static nl.laatstemeter.project.InstallerTender.NO_AWARD_REASON;
import static nl.laatstemeter.project.InstallerTender.PACKAGE_FIELDS;
import static nl.laatstemeter.project.InstallerTender.TENDER_OUTCOME;

import java.util.ArrayList;
import java.util.List;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.WorkPackage;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener of the award tasks {@code evaluateBids} and {@code selectFromFramework}
 * ({@code delegateExpression="${tenderAward}"}): on creation it proposes the organisations the
 * project names already; on completion the outcome ({@value InstallerTender#TENDER_OUTCOME}) must
 * be given, with an award every named organisation must exist, without one a reason is given.
 */
@Component("tenderAward")
public class TenderAward implements TaskListener {

  private final ProcessRouting routing;
  private final ProjectService projects;

  public TenderAward(ProcessRouting routing, ProjectService projects) {
    this.routing = routing;
    this.projects = projects;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      propose(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      check(task);
    }
  }

  void propose(DelegateTask task) {
    CollaborationForm form = routing.formInForce(task);
    String lot = InstallerTender.lot(task);
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

  void check(DelegateTask task) {
    boolean framework = "selectFromFramework".equals(task.getTaskDefinitionKey());
    String awardedValue = framework ? "SELECTED" : "AWARDED";
    String failedValue = framework ? "NONE_AVAILABLE" : "NO_SUITABLE_BID";
    String outcome = FormFields.text(task.getVariable(TENDER_OUTCOME));
    if (failedValue.equals(outcome)) {
      if (FormFields.text(task.getVariable(NO_AWARD_REASON)) == null) {
        throw new ProcessEngineException("Geef de reden op waarom niet wordt gegund.");
      }
      return;
    }
    if (!awardedValue.equals(outcome)) {
      throw new ProcessEngineException("Kies de uitkomst (" + TENDER_OUTCOME + "): " + (framework
          ? "'Installateur gekozen' of 'Geen installateur beschikbaar'." : "'Gunnen' of 'Geen geschikte inschrijving'."));
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
}
