package nl.laatstemeter.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP basic authentication against the Camunda identity service for the engine REST API and
 * the product API. The filter sets the authenticated user and its groups on the engine for the
 * request, so the engine's authorization checks apply; without valid credentials: 401 with
 * {@code WWW-Authenticate}, before any resource or controller runs.
 */
@Configuration
public class RestAuthentication {

  public static final String ENGINE_REST = "/engine-rest/*";
  public static final String API = "/api/*";
  /** The people's page of the collaboration form (package pages). */
  public static final String PAGES = "/samenwerkingsvorm";
  /**
   * Order of the authentication filters; filters that need the authenticated user (e.g. the guard
   * of the engine REST API) come after it.
   */
  public static final int ORDER = 0;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engineRestAuthentication");
    registration.setOrder(ORDER);
    registration.addUrlPatterns(ENGINE_REST);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
    registration.setName("apiAuthentication");
    registration.setOrder(ORDER);
    registration.addUrlPatterns(API, PAGES, PAGES + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    // the API and pages are no JAX-RS application: take the whole path as request URL, so no part of
    // /api matches Camunda's unauthenticated "/engine" pattern
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "");
    return registration;
  }
}
