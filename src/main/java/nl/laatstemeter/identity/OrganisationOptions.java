package nl.laatstemeter.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.laatstemeter.platform.ResponseRewritingFilter;
import nl.laatstemeter.platform.RestAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The organisations to choose from in Camunda Forms, by name. A select field with
 * {@code "valuesKey": "organisations"} gets, as the form is served ({@code GET …/deployed-form}
 * of a task and {@code …/deployed-start-form} of a process definition, on the webapps' engine API
 * and on {@code /engine-rest}), the current organisations as its options:
 * {@code {"label": name, "value": group id}}. People choose a name and the form submits the
 * group id, so nobody types an id; an organisation added in Admin is offered at once. (Options
 * in the form itself rather than a form variable: Tasklist loads no variables for a start form.)
 */
@Configuration
public class OrganisationOptions {

  /** The {@code valuesKey} of a select field that offers the organisations. */
  public static final String VALUES_KEY = "organisations";
  static final String ENGINE_API = "/camunda/api/engine/*";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> organisationOptionsFilter(OrganisationNames names) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(names));
    registration.setName("organisationOptions");
    registration.addUrlPatterns(RestAuthentication.ENGINE_REST, ENGINE_API);
    return registration;
  }

  /**
   * Gives every select of the form schema that asks for {@value #VALUES_KEY} the organisations as
   * its options; true when the schema had such a field.
   */
  static boolean offerOrganisations(JsonNode schema, OrganisationNames names) {
    boolean found = false;
    ArrayNode options = null;
    for (JsonNode component : schema.path("components")) {
      if (component instanceof ObjectNode field && VALUES_KEY.equals(field.path("valuesKey").asText(null))) {
        if (options == null) {
          options = JSON.createArrayNode();
          for (OrganisationNames.Organisation o : names.all()) {
            options.addObject().put("label", o.name()).put("value", o.id());
          }
        }
        field.remove("valuesKey");
        field.set("values", options.deepCopy());
        found = true;
      }
      found |= offerOrganisations(component, names);
    }
    return found;
  }

  static final class Filter extends ResponseRewritingFilter {

    private final OrganisationNames names;

    Filter(OrganisationNames names) {
      this.names = names;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String uri = request.getRequestURI();
      return !"GET".equals(request.getMethod())
          || !(uri.endsWith("/deployed-form") || uri.endsWith("/deployed-start-form"));
    }

    @Override
    protected void rewrite(ContentCachingResponseWrapper response) throws IOException {
      if (response.getStatus() != HttpServletResponse.SC_OK) {
        return;
      }
      JsonNode schema;
      try {
        schema = JSON.readTree(response.getContentAsByteArray());
      } catch (IOException notJson) {
        return; // e.g. an HTML form
      }
      if (schema == null || !schema.isObject() || !OrganisationOptions.offerOrganisations(schema, names)) {
        return;
      }
      replaceBody(response, JSON.writeValueAsBytes(schema));
    }
  }
}
