package nl.laatstemeter.ambitions;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Hands the application's {@link ManagementView} and JSON mapper to the Cockpit plugin's
 * resources, which Camunda's webapp (Jersey) creates outside Spring. Set when the application
 * starts; the plugin's resources are not called before Cockpit is served.
 */
@Component
class CockpitBridge {

  private static volatile ManagementView view;
  private static volatile ObjectMapper mapper;

  CockpitBridge(ManagementView view, ObjectMapper mapper) {
    CockpitBridge.view = view;
    CockpitBridge.mapper = mapper;
  }

  static ManagementView view() {
    if (view == null) {
      throw new IllegalStateException("De toepassing is nog niet gestart");
    }
    return view;
  }

  static ObjectMapper mapper() {
    return mapper == null ? new ObjectMapper().findAndRegisterModules() : mapper;
  }
}
