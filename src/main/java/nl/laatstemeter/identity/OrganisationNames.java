package nl.laatstemeter.identity;

import java.util.Comparator;
import java.util.List;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The organisations as people know them: the name of each Camunda group of type
 * {@value IdentitySetup#ORGANISATION_GROUP_TYPE} (management excluded), as Admin shows and edits
 * it. Read with system rights: a party user may not list groups, yet sees the names in forms.
 */
@Component
public class OrganisationNames {

  /** An organisation to choose: its group id and its name. */
  public record Organisation(String id, String name) {}

  private final IdentityService identity;
  private final SystemAccess system;

  OrganisationNames(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  /** The organisation's name, or the id itself when the group is unknown or has no name. */
  public String nameOf(String groupId) {
    if (groupId == null || groupId.isBlank()) {
      return groupId;
    }
    Group group = system.call(() -> identity.createGroupQuery().groupId(groupId).singleResult());
    return group == null || group.getName() == null || group.getName().isBlank() ? groupId : group.getName();
  }

  /** Every organisation, by name. */
  public List<Organisation> all() {
    return system.call(() -> identity.createGroupQuery().groupType(IdentitySetup.ORGANISATION_GROUP_TYPE).list())
        .stream()
        .filter(g -> !IdentitySetup.MANAGEMENT.equals(g.getId()))
        .map(g -> new Organisation(g.getId(), g.getName() == null || g.getName().isBlank() ? g.getId() : g.getName()))
        .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }
}
