package nl.laatstemeter.dwelling;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs platform work (counting dwellings, starting them, moving a timer) without the
 * logged-in user's authorizations, then restores them: who may do it is checked before.
 */
@Component
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

  void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
