package nl.laatstemeter.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import java.util.EnumSet;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;

/**
 * The same guard on Tasklist's own engine API ({@code /camunda/api/engine/…}). It must run after
 * the webapps' session authentication, which Camunda's webapp initializer adds: an
 * auto-configuration after Camunda's registers this filter after Camunda's filters (equal order:
 * registration order decides). Listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}.
 */
@AutoConfiguration(after = CamundaBpmWebappAutoConfiguration.class)
public class WebappEngineApiGuard {

  static final String PATH = "/camunda/api/engine/*";

  @Bean
  ServletContextInitializer webappEngineApiGuard(IdentityService identity, TaskForms forms, TaskWriteRules rules,
      ObjectMapper mapper, ProcessRouting routing) {
    return servletContext -> {
      FilterRegistration.Dynamic filter = servletContext.addFilter("webappEngineApiGuard",
          new EngineRestGuard(identity, forms, rules, mapper, routing));
      filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, PATH);
    };
  }
}
