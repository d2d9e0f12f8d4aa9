package nl.laatstemeter.project;

import static nl.laatstemeter.project.InstallerTender.AWARDED;
import static nl.laatstemeter.project.InstallerTender.INSPECTION;
import static nl.laatstemeter.project.InstallerTender.INSTALLATION;
import static nl.laatstemeter.project.InstallerTender.PACKAGE_FIELDS;

import java.util.EnumMap;
import java.util.Map;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.BuildingBlocks.InstallerCount;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.WorkPackage;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Service task {@code applyAward} ({@code ${awardInForm.apply(execution)}}): the award becomes part
 * of the project's collaboration form (the installer, or the inspection package of its lot).
 */
@Component("awardInForm")
public class AwardInForm {

  private final ProcessRouting routing;
  private final FormJson json;

  public AwardInForm(ProcessRouting routing, FormJson json) {
    this.routing = routing;
    this.json = json;
  }

  public void apply(DelegateExecution execution) {
    CollaborationForm form = routing.formInForce(execution);
    String lot = InstallerTender.lot(execution);
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
    DelegateExecution project = InstallerTender.project(execution);
    project.setVariable(ProjectVariables.COLLABORATION_FORM, json.write(awardedForm));
    execution.setVariable(InstallerTender.ASSIGNMENT_DECLINED, false);
    execution.removeVariable(InstallerTender.DECLINED_BY);
  }
}
