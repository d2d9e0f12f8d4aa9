package nl.laatstemeter.ambitions;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Hands the application's {@link ManagementView} and JSON mapper to the Cockpit plugin's
 * resources, which Camunda's webapp (Jersey) creates outside Spring. The resource asks for the
 * view of the process engine Cockpit serves ({@code getProcessEngine()} of the resource): the
 * plugin always answers from the same database as the rest of Cockpit, also when several
 * applications (Spring contexts, each with its engine and database) live in one JVM, as in the
 * test suite. A single static view would answer from whichever application started last.
 */
@Component
class CockpitBridge {

  private static final Map<ProcessEngine, CockpitBridge> BY_ENGINE = new ConcurrentHashMap<>();

  private final ProcessEngine engine;
  private final ManagementView view;
  private final ObjectMapper mapper;

  CockpitBridge(ProcessEngine engine, ManagementView view, ObjectMapper mapper) {
    this.engine = engine;
    this.view = view;
    this.mapper = mapper;
    BY_ENGINE.put(engine, this);
  }

  @PreDestroy
  void close() {
    BY_ENGINE.remove(engine, this);
  }

  /** The view of the application whose engine this is. */
  static ManagementView view(ProcessEngine engine) {
    CockpitBridge bridge = engine == null ? null : BY_ENGINE.get(engine);
    if (bridge == null) {
      throw new IllegalStateException("De toepassing van proces-engine '"
          + (engine == null ? "?" : engine.getName()) + "' is nog niet gestart");
    }
    return bridge.view;
  }

  static ObjectMapper mapper(ProcessEngine engine) {
    CockpitBridge bridge = engine == null ? null : BY_ENGINE.get(engine);
    return bridge == null ? new ObjectMapper().findAndRegisterModules() : bridge.mapper;
  }
}
