package nl.laatstemeter.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's authentication filter for the product API ({@code /api/**}). The engine REST filter
 * looks its engine up by name in a JVM-wide registry; the API uses this application's own engine.
 */
class ApiAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final ProcessEngine engine;

  ApiAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    return engine;
  }
}
