package nl.laatstemeter.platform;

import java.util.HashMap;
import java.util.Map;
import nl.laatstemeter.LaatsteMeterApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
    Map<String, Object> all = new HashMap<>();
    all.put("server.port", 0);
    all.put("spring.main.banner-mode", "off");
    all.putAll(properties);
    Class<?>[] sources = new Class<?>[extraSources.length + 1];
    sources[0] = LaatsteMeterApplication.class;
    System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
    // as command line arguments: these override application.yaml (builder properties would not)
    String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(sources).profiles(profiles).run(args);
  }
}
