package nl.laatstemeter.project;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs platform work (checking organisations, starting the project instance, reading other
 * instances) without the logged-in user's Camunda authorizations, then restores them: who may
 * do it is decided before (an authenticated user of the API, or the task's candidate group).
 */
@Component("projectSystemAccess")
class SystemAccess {

  private final IdentityService identity;

  SystemAccess(IdentityService identity) {
    this.identity = identity;
  }

  <T> T call(Supplier<T> work) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }

  /** The id of the logged-in user, or null. */
  String currentUser() {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }
}
