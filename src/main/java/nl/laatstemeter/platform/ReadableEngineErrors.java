package nl.laatstemeter.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Error answers of Camunda's REST APIs as a person reads them in Tasklist and Cockpit: only our
 * Dutch message, without engine codes or Java exception text.
 *
 * <p>A refusal of ours (a listener that checks a form and throws with a Dutch message) reaches
 * the browser wrapped by the engine and the REST layer, e.g. {@code "Cannot submit task form
 * 4711: Exception while invoking TaskListener: Kies 'Akkoord' of 'Niet akkoord'."} with status 500. This filter unwraps the JSON {@code message} of
 * such answers to the Dutch text and answers 400 (the person's input was refused, nothing failed);
 * an error whose inner text is technical (Java exception names, packages, engine codes) gets one
 * plain Dutch sentence instead, and the server log keeps the detail. Answers that are no error or
 * no JSON pass untouched. It covers both the public {@code /engine-rest} and the webapps' own
 * engine API ({@code /camunda/api/engine}).
 */
@Configuration
public class ReadableEngineErrors {

  static final String ENGINE_API = "/camunda/api/engine/*";
  static final String TECHNICAL_FAILURE = "Er ging iets mis bij het verwerken. Probeer het opnieuw; "
      + "blijft het misgaan, meld het dan aan de beheerder.";

  /** Camunda REST's own wrapper: "Cannot submit task form 4711: …", "Cannot instantiate process definition …: …". */
  private static final Pattern REST_PREFIX = Pattern.compile("^Cannot [A-Za-z ]{1,60} \\S+: ");
  private static final Pattern ENGINE_CODE = Pattern.compile("\\bENGINE-\\d{5}\\s*");
  /** The engine's wrapper around a listener's exception, with the listener's own message inside. */
  private static final Pattern LISTENER = Pattern.compile(
      "^There was an exception while invoking the (?:Task|Execution)Listener\\. Message: '(.*)'$", Pattern.DOTALL);
  private static final Pattern LISTENER_INVOCATION = Pattern.compile(
      "^Exception while invoking (?:Task|Execution)Listener: (.*)$", Pattern.DOTALL);
  /** Text only a developer reads: exception class names, Java packages, a null message. */
  private static final Pattern TECHNICAL = Pattern.compile(
      "[A-Za-z]+(?:Exception|Error)\\b|\\b(?:java|jakarta|org|com)\\.[a-z]|^null$|\\bat [a-z]+\\.[a-z]");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> readableEngineErrorsFilter() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
    registration.setName("readableEngineErrors");
    registration.addUrlPatterns(RestAuthentication.ENGINE_REST, ENGINE_API);
    return registration;
  }

  /** What a person reads of an error message of Camunda's REST API, and whether it was a refusal of their input. */
  record Readable(String message, boolean refusal) {}

  static Readable readable(String message) {
    if (message == null || message.isBlank()) {
      return new Readable(TECHNICAL_FAILURE, false);
    }
    String text = message.trim();
    String before;
    do {
      before = text;
      text = REST_PREFIX.matcher(text).replaceFirst("");
      text = ENGINE_CODE.matcher(text).replaceAll("").trim();
      for (Pattern wrapper : List.of(LISTENER, LISTENER_INVOCATION)) {
        Matcher listener = wrapper.matcher(text);
        if (listener.matches()) {
          text = listener.group(1).trim();
        }
      }
    } while (!text.equals(before));
    boolean wrapped = !text.equals(message.trim());
    if (text.isBlank() || TECHNICAL.matcher(text).find()) {
      return new Readable(TECHNICAL_FAILURE, false);
    }
    return new Readable(text, wrapped);
  }

  static final class Filter extends ResponseRewritingFilter {

    private static boolean isJson(String contentType) {
      return contentType != null && contentType.toLowerCase().contains("json");
    }

    @Override
    protected void rewrite(ContentCachingResponseWrapper response) throws IOException {
      if (response.getStatus() < 400 || !isJson(response.getContentType())) {
        return;
      }
      JsonNode body;
      try {
        body = JSON.readTree(response.getContentAsByteArray());
      } catch (IOException notJson) {
        return;
      }
      if (!(body instanceof ObjectNode error) || !error.path("message").isTextual()) {
        return;
      }
      Readable readable = readable(error.get("message").asText());
      error.put("message", readable.message());
      if (readable.refusal() && response.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      }
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      replaceBody(response, JSON.writeValueAsBytes(error));
    }
  }
}
