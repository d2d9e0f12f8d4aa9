package nl.laatstemeter.notification;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reads the engine needs for a mail (the project's variables, group names, the current job)
 * without the logged-in user's authorizations, then restores them: a mail task may run inside a
 * user's request, and what the platform reads there is not that user's business.
 */
@Component
class SystemCalls {

  private final IdentityService identity;

  SystemCalls(IdentityService identity) {
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
}
