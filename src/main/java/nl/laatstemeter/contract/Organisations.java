package nl.laatstemeter.contract;

import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The organisations of a project: Camunda groups (of type {@code WORKFLOW}). The one place that
 * knows how an organisation is looked up and what its display name is.
 */
@Component
public class Organisations {

  private final IdentityService identity;
  private final SystemAccess system;

  public Organisations(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  /** Whether the organisation (Camunda group) exists. */
  public boolean exists(String groupId) {
    return system.call(() -> identity.createGroupQuery().groupId(groupId).count() > 0);
  }

  /** The organisation's display name: its Camunda group's name, else the group id. */
  public String displayName(String groupId) {
    Group found = system.call(() -> identity.createGroupQuery().groupId(groupId).singleResult());
    return found != null && found.getName() != null && !found.getName().isBlank() ? found.getName() : groupId;
  }
}
