package nl.laatstemeter.collaborationform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page is for logged-in Camunda users: HTTP basic authentication against the identity
 * service, as for {@code /api/*} ({@code nl.laatstemeter.platform.RestAuthentication}); without
 * valid credentials 401 with a {@code WWW-Authenticate} challenge, so a browser asks for them.
 */
@Configuration
public class PageAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> collaborationFormPageAuthentication(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<ProcessEngineAuthenticationFilter>(
        new ProcessEngineAuthenticationFilter() {
          @Override
          protected ProcessEngine getAddressedEngine(String engineName) {
            return engine; // this application's engine, not one looked up by name
          }
        });
    registration.setName("collaborationFormPageAuthentication");
    registration.addUrlPatterns(CollaborationFormPage.PATH, CollaborationFormPage.PATH + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    // a page, no JAX-RS application: match the whole path, never Camunda's unauthenticated "/engine"
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "");
    return registration;
  }
}
