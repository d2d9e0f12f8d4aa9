package nl.laatstemeter.ambitions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.laatstemeter.identity.IdentitySetup;
import nl.laatstemeter.project.ProjectAccess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read a project's ambitions (DOMAIN.md sections 8 and 10): its parties (an organisation
 * in {@code parties} or {@code installerPackages} of the form in force), management and admins.
 * Everyone else is told the project does not exist.
 */
@Component
class AmbitionReaders {

  private final IdentityService identity;
  private final ProjectAccess access;

  AmbitionReaders(IdentityService identity, ProjectAccess access) {
    this.identity = identity;
    this.access = access;
  }

  /** Whether the logged-in user may read everything: management or an admin. */
  boolean management() {
    return management(groupsOfCurrentUser());
  }

  static boolean management(Set<String> groups) {
    return groups.contains(IdentitySetup.MANAGEMENT) || groups.contains(Groups.CAMUNDA_ADMIN);
  }

  /**
   * Whether the logged-in user may read this project's ambitions; false for a project that does not
   * exist. The one rule of who sees a project ({@link ProjectAccess}), which also guards every path
   * under /api/projects/{id}.
   */
  boolean mayRead(String projectId) {
    return access.visibleToCurrentUser(projectId);
  }

  private Set<String> groupsOfCurrentUser() {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      return Set.of();
    }
    List<String> groups = current.getGroupIds();
    return groups == null ? Set.of() : new HashSet<>(groups);
  }
}
