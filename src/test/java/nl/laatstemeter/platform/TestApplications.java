package nl.laatstemeter.platform;

import java.util.HashMap;
import java.util.Map;
import nl.laatstemeter.LaatsteMeterApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real application outside the Spring test context cache, for tests about startup
 * itself: restarts, refused starts, several nodes. Web server on a random port (the Camunda REST
 * starter needs a servlet web application); the caller closes the context.
 */
public final class TestApplications {

  private TestApplications() {}

  public static ConfigurableApplicationContext start(Map<String, Object> properties, String[] profiles,
      Class<?>... extraSources) {
    return start(properties, profiles, null, extraSources);
  }

  /**
   * As {@link #start}, but blind to the machine's environment variables, so a test about a
   * missing variable (e.g. ADMIN_PASSWORD) holds wherever it runs.
   */
  public static ConfigurableApplicationContext startWithoutEnvironmentVariables(Map<String, Object> properties,
      String[] profiles) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    return start(properties, profiles, environment);
  }

  private static ConfigurableApplicationContext start(Map<String, Object> properties, String[] profiles,
      StandardEnvironment environment, Class<?>... extraSources) {
    Map<String, Object> all = new HashMap<>();
    all.put("server.port", 0);
    all.put("spring.main.banner-mode", "off");
    all.putAll(properties);
    Class<?>[] sources = new Class<?>[extraSources.length + 1];
    sources[0] = LaatsteMeterApplication.class;
    System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
    // as command line arguments: these override application.yaml (builder properties would not)
    String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    SpringApplicationBuilder builder = new SpringApplicationBuilder(sources).profiles(profiles);
    if (environment != null) {
      builder.environment(environment);
    }
    return builder.run(args);
  }
}
