package nl.laatstemeter.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.laatstemeter.platform.RestAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The organisations to choose from in Camunda Forms, by name: every form's variables (start
 * forms and task forms, {@code GET …/form-variables} of the webapps' engine API and of
 * {@code /engine-rest}) carry a Json variable {@value #VARIABLE}, a list of
 * {@code {"label": name, "value": group id}}. A select field with {@code "valuesKey":
 * "organisations"} shows the names and submits the group id, so nobody types an id; an
 * organisation added in Admin is offered at once. Tasklist submits only the form's fields, so the
 * list is never stored in a process.
 */
@Configuration
public class OrganisationOptions {

  /** Name of the form variable with the organisations (the forms' {@code valuesKey}). */
  public static final String VARIABLE = "organisations";
  static final String ENGINE_API = "/camunda/api/engine/*";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> organisationOptionsFilter(OrganisationNames names) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(names));
    registration.setName("organisationOptions");
    registration.addUrlPatterns(RestAuthentication.ENGINE_REST, ENGINE_API);
    return registration;
  }

  /** The variable as Camunda's REST API writes a Json variable. */
  static ObjectNode variable(OrganisationNames names) throws IOException {
    ArrayNode options = JSON.createArrayNode();
    names.all().forEach(o -> options.addObject().put("label", o.name()).put("value", o.id()));
    ObjectNode variable = JSON.createObjectNode();
    variable.put("type", "Json");
    variable.put("value", JSON.writeValueAsString(options));
    variable.putObject("valueInfo");
    return variable;
  }

  static final class Filter extends OncePerRequestFilter {

    private final OrganisationNames names;

    Filter(OrganisationNames names) {
      this.names = names;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/form-variables");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
          addOrganisations(wrapper);
        }
      } finally {
        wrapper.copyBodyToResponse();
      }
    }

    private void addOrganisations(ContentCachingResponseWrapper response) throws IOException {
      JsonNode body;
      try {
        body = JSON.readTree(response.getContentAsByteArray());
      } catch (IOException notJson) {
        return;
      }
      if (!(body instanceof ObjectNode variables) || variables.has(VARIABLE)) {
        return;
      }
      variables.set(VARIABLE, variable(names));
      response.resetBuffer();
      response.getOutputStream().write(JSON.writeValueAsBytes(variables));
    }
  }
}
