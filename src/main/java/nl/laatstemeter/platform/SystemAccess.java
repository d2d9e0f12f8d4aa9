package nl.laatstemeter.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs platform work (routing and advice decisions, counting or starting dwellings, reading the
 * project's form) without the logged-in user's Camunda authorizations, then restores them. Who
 * may ask for that work is decided before: an authenticated API user, or a task's candidate group.
 */
@Component
public class SystemAccess {

  private final IdentityService identity;

  public SystemAccess(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> work) {
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

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  /** The id of the logged-in user, or null. */
  public String currentUser() {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }
}
