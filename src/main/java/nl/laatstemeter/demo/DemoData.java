package nl.laatstemeter.demo;

import nl.laatstemeter.identity.IdentitySetup;
import nl.laatstemeter.identity.IdentityStore;
import nl.laatstemeter.notification.TaskDigest;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo organisations of {@link DemoOrganisations} with one user each, a manager, and the admin
 * ({@code camunda.bpm.admin-user}, created by the Camunda starter) in management. Only with
 * {@code laatstemeter.demo-data=true} (the default profile); runs right after {@link IdentitySetup}
 * has made the platform identity; skips whatever exists.
 */
@Component
@ConditionalOnProperty(name = "laatstemeter.demo-data", havingValue = "true")
public class DemoData {

  public static final String PASSWORD = "demo";

  private final IdentityStore store;
  private final IdentitySetup setup;
  private final CamundaBpmProperties camunda;

  DemoData(IdentityStore store, IdentitySetup setup, CamundaBpmProperties camunda) {
    this.store = store;
    this.setup = setup;
    this.camunda = camunda;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  public void ensure() {
    for (DemoOrganisation organisation : DemoOrganisations.ALL) {
      setup.ensureOrganisation(organisation.groupId(), organisation.name());
      ensureUser(organisation.user());
      store.ensureMembership(organisation.user().id(), organisation.groupId());
      // demo users want the digest of new tasks by mail (see Mailpit)
      store.ensureUserInfo(organisation.user().id(), TaskDigest.NOTIFY_BY_MAIL, "true");
    }
    ensureUser(DemoOrganisations.MANAGER);
    store.ensureMembership(DemoOrganisations.MANAGER.id(), IdentitySetup.MANAGEMENT);
    String admin = camunda.getAdminUser() == null ? null : camunda.getAdminUser().getId();
    if (admin != null && store.userExists(admin)) {
      store.ensureMembership(admin, IdentitySetup.MANAGEMENT);
    }
  }

  private void ensureUser(DemoUser person) {
    store.ensureUser(person.id(), person.firstName(), person.lastName(), person.email(), PASSWORD);
  }
}
