package nl.laatstemeter.ambitions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.Map;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The read-only data of the Cockpit plugin, for management and admins only (403 for anyone
 * else): {@code GET …/projects} and {@code GET …/projects/{id}}. Jersey makes this resource, not
 * Spring, so it reaches the {@link ManagementView} of the application whose engine Cockpit serves
 * through {@link CockpitBridge}.
 */
public class ManagementResource extends AbstractCockpitPluginResource {

  public ManagementResource(String engineName) {
    super(engineName);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response projects() {
    if (!management()) {
      return refused();
    }
    return json(CockpitBridge.view(getProcessEngine()).projects());
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response project(@PathParam("id") String id) {
    if (!management()) {
      return refused();
    }
    return CockpitBridge.view(getProcessEngine()).project(id).map(this::json)
        .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
            .entity(write(Map.of("message", "Project '" + id + "' bestaat niet"))).build());
  }

  private boolean management() {
    Authentication current = getCurrentAuthentication();
    return current != null && current.getGroupIds() != null
        && AmbitionReaders.management(new HashSet<>(current.getGroupIds()));
  }

  private Response refused() {
    return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
        .entity(write(Map.of("message", "Alleen management en beheerders zien de ambities van de projecten"))).build();
  }

  private Response json(Object body) {
    return Response.ok(write(body), MediaType.APPLICATION_JSON).build();
  }

  private String write(Object body) {
    ObjectMapper mapper = CockpitBridge.mapper(getProcessEngine());
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Ambities konden niet als JSON worden geschreven", e);
    }
  }
}
