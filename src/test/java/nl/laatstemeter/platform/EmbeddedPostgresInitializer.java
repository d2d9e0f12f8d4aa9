package nl.laatstemeter.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real PostgreSQL 16 (zonky binaries) for one Spring context: started before the context,
 * handed to the {@code postgres} profile through its environment variables DB_URL, DB_USER and
 * DB_PASSWORD, and stopped by Spring as the last bean when the context closes.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    EmbeddedPostgres postgres = start();
    var beans = (DefaultListableBeanFactory) context.getBeanFactory();
    beans.registerSingleton("embeddedPostgres", postgres);
    // registered before every other bean, so destroyed after all of them (the engine included)
    beans.registerDisposableBean("embeddedPostgres", postgres::close);
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", environment(postgres)));
  }

  public static EmbeddedPostgres start() {
    try {
      // zonky 2.1.1 always adds a JVM shutdown hook too; close() is idempotent, so the hook is
      // only a safety net for a JVM that exits before Spring closed the context
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  /** What the postgres profile reads from the environment. */
  public static Map<String, Object> environment(EmbeddedPostgres postgres) {
    return Map.of("DB_URL", postgres.getJdbcUrl("postgres", "postgres"), "DB_USER", "postgres",
        "DB_PASSWORD", "postgres");
  }
}
