package nl.laatstemeter.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcPrint;
import org.springframework.boot.test.autoconfigure.web.servlet.SpringBootMockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Calls the application as a client does, in the shared engine test context: MockMvc with the
 * application's servlet filters (authentication included) and a Camunda user of its own.
 * {@link #close()} deletes the user.
 */
public final class ApiClient implements AutoCloseable {

  private final MockMvc mvc;
  private final IdentityService identity;
  private final String userId;
  private final String password;

  private ApiClient(MockMvc mvc, IdentityService identity, String userId, String password) {
    this.mvc = mvc;
    this.identity = identity;
    this.userId = userId;
    this.password = password;
  }

  /** A client logged in as a new user in the given groups (organisations), without authorizations of its own. */
  public static ApiClient withNewUser(WebApplicationContext context, IdentityService identity, String... groups) {
    DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
    SpringBootMockMvcBuilderCustomizer filters = new SpringBootMockMvcBuilderCustomizer(context);
    filters.setAddFilters(true);
    filters.setPrint(MockMvcPrint.NONE); // the default printer may be registered only once per context
    filters.customize(builder);
    String userId = "api-test-" + UUID.randomUUID().toString().substring(0, 8);
    String password = UUID.randomUUID().toString();
    User user = identity.newUser(userId);
    user.setFirstName("Test");
    user.setLastName("Gebruiker");
    user.setPassword(password);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(userId, group);
    }
    return new ApiClient(builder.build(), identity, userId, password);
  }

  public MockMvc mvc() {
    return mvc;
  }

  /** Value of the Authorization header for this client's user. */
  public String basic() {
    return basic(userId, password);
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public String userId() {
    return userId;
  }

  @Override
  public void close() {
    identity.deleteUser(userId);
  }
}
