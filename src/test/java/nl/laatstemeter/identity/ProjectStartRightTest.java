package nl.laatstemeter.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.contract.ProcessKeys;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every organisation may start a project, management may not (it changes nothing, DOMAIN.md
 * section 10); the right is a grant per organisation group, never a global authorization, which the
 * engine's revoke-aware authorization check would read as denying every party its project tasks.
 */
@EngineTest
class ProjectStartRightTest {

  @Autowired AuthorizationService authorizations;
  @Autowired IdentitySetup setup;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  private boolean mayStart(String user, String group) {
    return authorizations.isUserAuthorized(user, List.of(group), Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, ProcessKeys.PROJECT);
  }

  @Test
  void anOrganisationMayStartAProjectAndManagementMayNot() {
    setup.ensureOrganisation("netbeheerder-test", "Netbeheerder Test");
    assertThat(mayStart("iemand-van-netbeheer", "netbeheerder-test")).isTrue();
    assertThat(mayStart("iemand-van-management", IdentitySetup.MANAGEMENT)).isFalse();
    assertThat(mayStart("iemand-zonder-organisatie", "geen-organisatie")).isFalse();
    assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(Resources.PROCESS_DEFINITION).count()).as("global authorizations on process definitions").isZero();
  }

  @Test
  void organisationsMadeInAdminMayStartAfterTheSetupRan() {
    identity.saveGroup(group("bewonerscommissie-test"));
    setup.ensure();
    assertThat(mayStart("iemand-van-de-commissie", "bewonerscommissie-test")).isTrue();
  }

  private org.camunda.bpm.engine.identity.Group group(String id) {
    org.camunda.bpm.engine.identity.Group group = identity.newGroup(id);
    group.setName("Bewonerscommissie Test");
    group.setType(IdentitySetup.ORGANISATION_GROUP_TYPE);
    return group;
  }
}
