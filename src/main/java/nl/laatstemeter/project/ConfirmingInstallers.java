package nl.laatstemeter.project;

import static nl.laatstemeter.project.InstallerTender.INSPECTION;
import static nl.laatstemeter.project.InstallerTender.INSTALLATION;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.WorkPackage;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The installer organisations that confirm the assignment of a lot, as bean
 * {@code confirmingInstallers}: the collection of the multi-instance {@code confirmAssignment}
 * (each one task) and, on "Opdracht aanvaard? ja", their contract.
 */
@Component("confirmingInstallers")
public class ConfirmingInstallers {

  private final ProcessRouting routing;

  public ConfirmingInstallers(ProcessRouting routing) {
    this.routing = routing;
  }

  /** The organisations of this lot that confirm (multi-instance collection). */
  public List<String> groups(DelegateExecution execution) {
    List<String> all = routing.eachPartyGroups(execution, "confirmAssignment");
    CollaborationForm form = routing.formInForce(execution);
    String inspection = form.installerPackages().get(WorkPackage.INSPECTION);
    return switch (InstallerTender.lot(execution)) {
      case INSPECTION -> all.stream().filter(g -> g.equals(inspection)).toList();
      case INSTALLATION -> all.stream().filter(g -> !g.equals(inspection) || installationWork(form, g)).toList();
      default -> all;
    };
  }

  /**
   * Listener on "Opdracht aanvaard? ja": every organisation of this lot accepted. They are contracted
   * (project variable {@value ProjectVariables#CONTRACTED_INSTALLERS}); after the installation lot the
   * installer is in the team.
   */
  public void contracted(DelegateExecution execution) {
    DelegateExecution project = InstallerTender.project(execution);
    Set<String> contracted = new LinkedHashSet<>(ProjectEnd.contractedInstallers(project));
    contracted.addAll(groups(execution));
    project.setVariable(ProjectVariables.CONTRACTED_INSTALLERS, String.join(",", contracted));
    if (!INSPECTION.equals(InstallerTender.lot(execution))) {
      execution.setVariable(ProjectVariables.INSTALLER_JOINED, true);
    }
  }

  private static boolean installationWork(CollaborationForm form, String group) {
    return group.equals(form.parties().get(Role.INSTALLER))
        || group.equals(form.installerPackages().get(WorkPackage.DELIVERY_SET))
        || group.equals(form.installerPackages().get(WorkPackage.INDOOR));
  }
}
