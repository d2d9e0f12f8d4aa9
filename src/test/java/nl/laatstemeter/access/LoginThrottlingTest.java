package nl.laatstemeter.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Date;
import java.util.UUID;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.api.ApiClient;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Login throttling (DOMAIN.md section 10) through the API's HTTP basic login: wrong passwords slow
 * the next attempts down, but never lock anyone out for more than a minute, however many guesses
 * a stranger makes, the administrator included. Each test uses users of its own; the engine's
 * clock is moved instead of waiting.
 */
@EngineTest
class LoginThrottlingTest {

  @Autowired WebApplicationContext context;
  @Autowired IdentityService identity;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void twentyWrongPasswordsSlowAUserDownButNeverLockItOutForMoreThanAMinute() throws Exception {
    assertNeverLockedOut(newUser(false));
  }

  @Test
  void nobodyLocksTheAdministratorOut() throws Exception {
    assertNeverLockedOut(newUser(true));
  }

  private void assertNeverLockedOut(String user) throws Exception {
    try (ApiClient client = ApiClient.withNewUser(context, identity)) {
      Date now = new Date();
      for (int attempt = 1; attempt <= 20; attempt++) {
        assertThat(status(client, user, "geraden-" + attempt)).isEqualTo(401);
        now = new Date(now.getTime() + 61_000); // past the longest delay: every guess counts
        ClockUtil.setCurrentTime(now);
      }
      // a guess right after a wrong one waits: even the right password is refused within the delay
      assertThat(status(client, user, "nog-een-gok")).isEqualTo(401);
      ClockUtil.setCurrentTime(new Date(now.getTime() + 1_000));
      assertThat(status(client, user, "geheim-" + user)).as("within the delay").isEqualTo(401);
      // a minute later the right password opens again
      ClockUtil.setCurrentTime(new Date(now.getTime() + 61_000));
      assertThat(status(client, user, "geheim-" + user)).isNotEqualTo(401);
    } finally {
      identity.deleteUser(user);
    }
  }

  private static int status(ApiClient client, String user, String password) throws Exception {
    return client.mvc().perform(get("/api/projects/P-BESTAATN")
        .header(HttpHeaders.AUTHORIZATION, ApiClient.basic(user, password))).andReturn().getResponse().getStatus();
  }

  private String newUser(boolean admin) {
    String id = "raad-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setFirstName("Proef");
    user.setLastName("Persoon");
    user.setPassword("geheim-" + id);
    identity.saveUser(user);
    if (admin) {
      if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
        Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
        group.setName("Beheerders");
        group.setType(Groups.GROUP_TYPE_SYSTEM);
        identity.saveGroup(group);
      }
      identity.createMembership(id, Groups.CAMUNDA_ADMIN);
    }
    return id;
  }
}
