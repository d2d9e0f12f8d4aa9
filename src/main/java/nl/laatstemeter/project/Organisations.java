package nl.laatstemeter.project;

import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Display names of organisations (Camunda groups) for the texts the project's forms show. */
@Component
public class Organisations {

  private final IdentityService identity;
  private final SystemAccess system;

  public Organisations(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  /** The group's name, or its id when it has none (or does not exist). */
  public String name(String groupId) {
    Group group = system.call(() -> identity.createGroupQuery().groupId(groupId).singleResult());
    return group == null || group.getName() == null ? groupId : group.getName();
  }
}
