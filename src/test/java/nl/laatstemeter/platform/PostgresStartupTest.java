package nl.laatstemeter.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.laatstemeter.LaatsteMeterApplication;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.identity.IdentitySetup;
import nl.laatstemeter.identity.TasklistFilters;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The postgres profile on a real PostgreSQL 16; the context (and the database) closes after the class. */
@SpringBootTest(classes = LaatsteMeterApplication.class, webEnvironment = WebEnvironment.MOCK)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@DirtiesContext
class PostgresStartupTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;

  @Test
  void runsOnPostgres16() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(16);
    }
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType())
        .isEqualTo("postgres");
  }

  @Test
  void hasTheParentTaskIndexButNotTheH2AuthorizationIndexes() throws Exception {
    try (var connection = dataSource.getConnection();
        var indexes = connection.createStatement().executeQuery(
            "SELECT indexname FROM pg_indexes WHERE tablename IN ('act_ru_task', 'act_ru_authorization')")) {
      List<String> names = new ArrayList<>();
      while (indexes.next()) {
        names.add(indexes.getString(1).toUpperCase(Locale.ROOT));
      }
      assertThat(names).contains(EngineIndexes.TASK_PARENT_INDEX)
          .doesNotContain(EngineIndexes.AUTH_GROUP_INDEX, EngineIndexes.AUTH_USER_INDEX);
    }
  }

  @Test
  void deploysEveryModelOfProcessesAndForms() {
    DeployedModels.assertAllDeployed(repository);
  }

  @Test
  void createsThePlatformIdentityButNoDemoData() {
    assertThat(identity.createGroupQuery().groupId(IdentitySetup.MANAGEMENT).count()).isEqualTo(1);
    assertThat(filters.createFilterQuery().filterName(TasklistFilters.ORGANISATION_TASKS).count()).isEqualTo(1);
    assertThat(identity.createGroupQuery().groupId(DemoOrganisations.INSTALLER.groupId()).count()).isZero();
    assertThat(identity.createUserQuery().userId(DemoOrganisations.INSTALLER.user().id()).count()).isZero();
  }
}
