package nl.laatstemeter.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.laatstemeter.EngineTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/**
 * The product API's answer to a body it cannot read: 400 with one error on field "$" (415 for a
 * body that is not sent as JSON), shown on {@code POST /api/collaboration-forms/evaluate}.
 */
@EngineTest
class ApiExceptionHandlerTest {

  private static final String EVALUATE = "/api/collaboration-forms/evaluate";

  @Autowired WebApplicationContext context;
  @Autowired IdentityService identity;
  private ApiClient client;

  @BeforeEach
  void logIn() {
    client = ApiClient.withNewUser(context, identity);
  }

  @AfterEach
  void removeUser() {
    client.close();
  }

  private ResultActions send(String body, MediaType type) throws Exception {
    return client.mvc().perform(post(EVALUATE).header(HttpHeaders.AUTHORIZATION, client.basic())
        .contentType(type).content(body));
  }

  @Test
  void malformedJsonIsABadRequestOnTheWholeBody() throws Exception {
    send("{\"parties\": {\"HEAT_COMPANY\": \"warmtebedrijf-demo\",", MediaType.APPLICATION_JSON)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("$"))
        .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("geen geldige JSON (regel 1")));
  }

  @Test
  void emptyBodyIsABadRequest() throws Exception {
    send("", MediaType.APPLICATION_JSON)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("$"))
        .andExpect(jsonPath("$.errors[0].message").value("de inhoud ontbreekt: stuur een JSON-object"));
  }

  @Test
  void jsonThatIsNoObjectIsABadRequest() throws Exception {
    send("[1, 2]", MediaType.APPLICATION_JSON)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("$"))
        .andExpect(jsonPath("$.errors[0].message").value("verwacht een JSON-object"));
  }

  @Test
  void bodyThatIsNotSentAsJsonIsUnsupported() throws Exception {
    send("parties=x", MediaType.APPLICATION_FORM_URLENCODED)
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.errors[0].field").value("$"));
  }
}
