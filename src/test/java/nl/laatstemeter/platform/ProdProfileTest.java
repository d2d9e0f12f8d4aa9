package nl.laatstemeter.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.laatstemeter.demo.DemoOrganisation;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.identity.IdentitySetup;
import nl.laatstemeter.identity.TasklistFilters;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile: admin from the environment, no demo data, no start with a weak admin password. */
class ProdProfileTest {

  static final String[] PROD = {"prod"};

  @Test
  void prodStartsWithTheAdminFromTheEnvironmentAndWithoutDemoData() {
    try (ConfigurableApplicationContext app = startProd(Map.of("ADMIN_USER", "beheer",
        "ADMIN_PASSWORD", "Warmte-2030-eigen"))) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.checkPassword("beheer", "Warmte-2030-eigen")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
          .extracting(u -> u.getId()).containsExactly("beheer");

      for (DemoOrganisation organisation : DemoOrganisations.ALL) {
        assertThat(identity.createGroupQuery().groupId(organisation.groupId()).count()).isZero();
        assertThat(identity.createUserQuery().userId(organisation.user().id()).count()).isZero();
      }
      assertThat(identity.createUserQuery().userIdIn(DemoOrganisations.MANAGER.id(), "demo").count()).isZero();

      // what every profile needs is there
      assertThat(identity.createGroupQuery().groupId(IdentitySetup.MANAGEMENT).count()).isEqualTo(1);
      assertThat(app.getBean(FilterService.class).createFilterQuery().filterName(TasklistFilters.MY_TASKS).count())
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "demo", "admin", "password", "Demo", "beheer"})
  void prodRefusesToStartWithABlankOrDefaultAdminPassword(String password) {
    assertRefused(Map.of("ADMIN_USER", "beheer", "ADMIN_PASSWORD", password));
  }

  @Test
  void prodRefusesToStartWithoutAdminPassword() {
    // blind to the machine's variables: an ADMIN_PASSWORD set there must not make this pass
    assertRefused(() -> TestApplications.startWithoutEnvironmentVariables(prodProperties(Map.of("ADMIN_USER", "beheer")), PROD));
  }

  private static void assertRefused(Map<String, Object> environment) {
    assertRefused(() -> startProd(environment));
  }

  private static void assertRefused(java.util.concurrent.Callable<ConfigurableApplicationContext> start) {
    assertThatThrownBy(() -> start.call().close())
        .rootCause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Profiel 'prod' start niet")
        .hasMessageContaining("ADMIN_PASSWORD");
  }

  private static ConfigurableApplicationContext startProd(Map<String, Object> environment) {
    return TestApplications.start(prodProperties(environment), PROD);
  }

  private static Map<String, Object> prodProperties(Map<String, Object> environment) {
    Map<String, Object> properties = new HashMap<>(environment);
    properties.put("spring.datasource.url", "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    properties.put("camunda.bpm.job-execution.enabled", false);
    return properties;
  }
}
