package nl.laatstemeter.platform;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine is built after Spring Boot's SQL initialization has run {@code schema.sql}
 * (the product's own tables beside Camunda's): whatever the engine runs, from its first deployment
 * to the jobs of the job executor, finds the tables in place, on H2 and PostgreSQL alike. Beans
 * that use a {@code JdbcTemplate} wait for the initialization by themselves (Spring Boot's own
 * detector); the engine uses the {@code DataSource} directly, so it is named here. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EngineAfterSchema extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineConfiguration.class);
  }
}
