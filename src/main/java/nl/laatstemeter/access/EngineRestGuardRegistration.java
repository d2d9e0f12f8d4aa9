package nl.laatstemeter.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.laatstemeter.platform.RestAuthentication;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guard on the engine REST API, after its authentication (Tasklist's engine API: {@link WebappEngineApiGuard}). */
@Configuration
class EngineRestGuardRegistration {

  @Bean
  FilterRegistrationBean<EngineRestGuard> engineRestGuard(IdentityService identity, TaskForms forms,
      TaskWriteRules rules, ObjectMapper mapper, ProcessRouting routing) {
    var registration = new FilterRegistrationBean<>(new EngineRestGuard(identity, forms, rules, mapper, routing));
    registration.setName("engineRestGuard");
    registration.addUrlPatterns(RestAuthentication.ENGINE_REST);
    registration.setOrder(RestAuthentication.ORDER + 10);
    return registration;
  }
}
