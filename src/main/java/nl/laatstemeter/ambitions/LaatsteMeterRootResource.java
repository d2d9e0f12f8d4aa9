package nl.laatstemeter.ambitions;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * {@code /camunda/api/cockpit/plugin/laatste-meter/…}: the plugin's assets ({@code app/plugin.js}
 * and the chart module {@code app/charts.js}, served by the application itself) and
 * {@code {engine}/projects}.
 */
@Path("plugin/" + LaatsteMeterCockpitPlugin.ID)
public class LaatsteMeterRootResource extends AbstractCockpitPluginRootResource {

  public LaatsteMeterRootResource() {
    super(LaatsteMeterCockpitPlugin.ID);
  }

  @Override
  protected List<String> getAllowedAssets() {
    List<String> assets = new ArrayList<>(super.getAllowedAssets());
    assets.add("app/charts.js");
    return assets;
  }

  @Path("{engineName}/projects")
  public ManagementResource projects(@PathParam("engineName") String engineName) {
    return subResource(new ManagementResource(engineName), engineName);
  }
}
