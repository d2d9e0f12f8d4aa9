package nl.laatstemeter.ambitions;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "Laatste meter" (Camunda's own plugin mechanism, registered in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}): the frontend module
 * {@code plugin-webapp/laatste-meter/app/plugin.js} (dashboard list, a page per project, a
 * navigation entry) and its read-only resource {@link LaatsteMeterRootResource}.
 */
public class LaatsteMeterCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "laatste-meter";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(LaatsteMeterRootResource.class);
  }
}
