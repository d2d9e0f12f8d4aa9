package nl.laatstemeter.project;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.identity.IdentitySetup;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see a project (DOMAIN.md section 10): the organisations of its form in force (in
 * {@code parties} or {@code installerPackages}), management and admins. The form in force of an
 * ended project is read from the history, so its parties keep reading it.
 */
@Component
public class ProjectAccess {

  private final ProjectRegister projects;
  private final ProcessRouting routing;
  private final FormJson json;
  private final HistoryService history;
  private final IdentityService identity;
  private final SystemAccess system;

  public ProjectAccess(ProjectRegister projects, ProcessRouting routing, FormJson json, HistoryService history,
      IdentityService identity, SystemAccess system) {
    this.projects = projects;
    this.routing = routing;
    this.json = json;
    this.history = history;
    this.identity = identity;
    this.system = system;
  }

  /** Whether the logged-in user may see the project; false for an unknown project or nobody logged in. */
  public boolean visibleToCurrentUser(String projectId) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null) {
      return false;
    }
    List<String> groups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
    Optional<Project> project = projects.find(projectId);
    if (project.isEmpty()) {
      return false;
    }
    if (groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(IdentitySetup.MANAGEMENT)) {
      return true;
    }
    return groups.stream().anyMatch(organisations(project.get())::contains);
  }

  /** Whether the logged-in user is management and nothing else (no admin, no organisation): it only reads. */
  public boolean currentUserOnlyReads() {
    Authentication current = identity.getCurrentAuthentication();
    List<String> groups = current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds();
    return groups.contains(IdentitySetup.MANAGEMENT) && groups.stream().allMatch(IdentitySetup.MANAGEMENT::equals);
  }

  /** The organisations of the project's form in force; empty while no form is readable. */
  public Set<String> organisations(Project project) {
    CollaborationForm form = formInForce(project);
    Set<String> organisations = new LinkedHashSet<>();
    if (form != null) {
      organisations.addAll(form.parties().values());
      organisations.addAll(form.installerPackages().values());
    }
    return organisations;
  }

  /** Whether one of the groups is an organisation of the project. */
  public boolean isParty(Project project, Collection<String> groups) {
    Set<String> organisations = organisations(project);
    return groups.stream().anyMatch(organisations::contains);
  }

  /** The form in force of a project (running or ended); null when the project is unknown or has no readable form. */
  public CollaborationForm formInForce(String projectId) {
    return projects.find(projectId).map(this::formInForce).orElse(null);
  }

  private CollaborationForm formInForce(Project project) {
    String stored = routing.storedForm(project.id());
    if (stored == null && project.processInstanceId() != null) {
      stored = system.call(() -> {
        HistoricVariableInstance value = history.createHistoricVariableInstanceQuery()
            .processInstanceId(project.processInstanceId()).variableName(ProjectVariables.COLLABORATION_FORM).singleResult();
        return value == null || value.getValue() == null ? null : value.getValue().toString();
      });
    }
    if (stored == null) {
      return null;
    }
    try {
      return json.read(stored);
    } catch (RuntimeException unreadable) {
      return null; // a broken form shows the project to management and admins only
    }
  }
}
