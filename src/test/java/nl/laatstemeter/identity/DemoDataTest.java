package nl.laatstemeter.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.platform.TestApplications;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Demo data of the default profile (organisations, users, one demo project): complete after the first start, unchanged by every later run. */
class DemoDataTest {

  @Test
  void secondStartChangesNothing() {
    Map<String, Object> database = Map.of(
        "spring.datasource.url", "jdbc:h2:file:./target/h2-it/demo-" + UUID.randomUUID() + ";DB_CLOSE_ON_EXIT=FALSE",
        "camunda.bpm.job-execution.enabled", false);

    Identity afterFirstStart;
    try (ConfigurableApplicationContext app = TestApplications.start(database, new String[0])) {
      afterFirstStart = Identity.of(app);
      assertDemoOrganisationsAndUsers(app.getBean(IdentityService.class));
      assertOneDemoProjectWithWorkForTheHeatCompany(app);
    }

    try (ConfigurableApplicationContext app = TestApplications.start(database, new String[0])) {
      assertThat(Identity.of(app)).isEqualTo(afterFirstStart);

      app.getBean(IdentitySetup.class).onApplicationReady();
      assertThat(Identity.of(app)).isEqualTo(afterFirstStart);
      assertOneDemoProjectWithWorkForTheHeatCompany(app);
    }
  }

  private static void assertOneDemoProjectWithWorkForTheHeatCompany(ConfigurableApplicationContext app) {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    List<ProcessInstance> projects = runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject").list();
    assertThat(projects).hasSize(1);
    assertThat(app.getBean(DwellingRegister.class).count(projects.get(0).getBusinessKey())).isEqualTo(12);
    assertThat(app.getBean(TaskService.class).createTaskQuery().taskCandidateGroup(DemoOrganisations.HEAT_COMPANY.groupId())
        .taskDefinitionKey("draftDeclarationOfIntent").count()).isEqualTo(1);
  }

  private static void assertDemoOrganisationsAndUsers(IdentityService identity) {
    for (DemoOrganisation organisation : DemoOrganisations.ALL) {
      Group group = identity.createGroupQuery().groupId(organisation.groupId()).singleResult();
      assertThat(group.getName()).isEqualTo(organisation.name());
      assertThat(group.getType()).isEqualTo(IdentitySetup.ORGANISATION_GROUP_TYPE);
      DemoUser person = organisation.user();
      User user = identity.createUserQuery().userId(person.id()).memberOfGroup(organisation.groupId()).singleResult();
      assertThat(user.getEmail()).isEqualTo(person.email()).endsWith("@example.nl");
      assertThat(identity.checkPassword(person.id(), DemoData.PASSWORD)).isTrue();
    }
    assertThat(DemoOrganisations.parties()).hasSize(5);
    assertThat(identity.createUserQuery().memberOfGroup(IdentitySetup.MANAGEMENT).list())
        .extracting(User::getId).containsExactlyInAnyOrder(DemoOrganisations.MANAGER.id(), "demo");
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
        .extracting(User::getId).containsExactly("demo");
    assertThat(identity.checkPassword("demo", "demo")).isTrue();
  }

  /** Everything the identity setup and the demo data write, comparable between starts. */
  record Identity(Set<String> users, Set<String> groups, Set<String> memberships, Set<String> filters,
      Set<String> authorizations) {

    static Identity of(ConfigurableApplicationContext app) {
      IdentityService identity = app.getBean(IdentityService.class);
      Set<String> users = new TreeSet<>();
      identity.createUserQuery().list().forEach(u -> users.add(u.getId() + " " + u.getFirstName() + " "
          + u.getLastName() + " " + u.getEmail()));
      Set<String> groups = new TreeSet<>();
      Set<String> memberships = new TreeSet<>();
      for (Group group : identity.createGroupQuery().list()) {
        groups.add(group.getId() + " " + group.getName() + " " + group.getType());
        identity.createUserQuery().memberOfGroup(group.getId()).list()
            .forEach(u -> memberships.add(u.getId() + " in " + group.getId()));
      }
      Set<String> filters = new TreeSet<>();
      app.getBean(FilterService.class).createFilterQuery().list().forEach(f -> filters.add(f.getId() + " "
          + f.getName() + " " + f.getOwner() + " " + f.getProperties()));
      Set<String> authorizations = new TreeSet<>();
      app.getBean(AuthorizationService.class).createAuthorizationQuery().list().forEach(a -> authorizations.add(
          a.getId() + " " + a.getAuthorizationType() + " " + a.getUserId() + " " + a.getGroupId() + " "
              + a.getResourceType() + " " + a.getResourceId() + " " + Integer.toBinaryString(perms(a))));
      return new Identity(users, groups, memberships, filters, authorizations);
    }

    private static int perms(Authorization a) {
      return ((AuthorizationEntity) a).getPermissions();
    }
  }
}
