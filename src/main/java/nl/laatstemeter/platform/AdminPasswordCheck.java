package nl.laatstemeter.platform;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the prod profile without a real admin password. A process engine plugin, so
 * the check runs before the engine is built and before the admin user would be created.
 */
@Component
@Profile("prod")
public class AdminPasswordCheck extends AbstractProcessEnginePlugin {

  static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "admin", "password");

  public AdminPasswordCheck(CamundaBpmProperties properties) {
    AdminUserProperty admin = properties.getAdminUser();
    String userId = admin == null ? null : admin.getId();
    String password = admin == null ? null : admin.getPassword();
    if (userId == null || userId.isBlank()) {
      throw new IllegalStateException(
          "Profiel 'prod' start niet: ADMIN_USER (camunda.bpm.admin-user.id) ontbreekt. "
              + "/ The prod profile refuses to start: ADMIN_USER is missing.");
    }
    if (password == null || password.isBlank()
        || DEFAULT_PASSWORDS.contains(password.trim().toLowerCase(Locale.ROOT))
        || password.equalsIgnoreCase(userId)) {
      throw new IllegalStateException(
          "Profiel 'prod' start niet: zet ADMIN_PASSWORD op een eigen wachtwoord voor beheerder '"
              + userId + "' (niet leeg, niet 'demo', 'admin' of 'password', niet gelijk aan de gebruikersnaam). "
              + "/ The prod profile refuses to start: ADMIN_PASSWORD is missing, blank or a default password.");
    }
  }
}
