package nl.laatstemeter.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The requests Tasklist makes for a filter, timed per user through the REST API with the user's
 * basic auth: the count ({@code GET /engine-rest/filter/{id}/count}) and the first page of 15 sorted
 * by creation, newest first, with the filter's variables embedded
 * ({@code POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15}, HAL as Tasklist asks it).
 */
final class TasklistFigures {

  static final String PAGE_QUERY = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],
       "sorting":[{"sortBy":"created","sortOrder":"desc"}]}""";

  record Figures(String user, long tasks, double countP50, double countP95, double pageP50, double pageP95, int pageVariables) {
    String line() {
      return String.format(Locale.ROOT,
          "tasklist user=%s tasks=%d count_p50_ms=%.0f count_p95_ms=%.0f page_p50_ms=%.0f page_p95_ms=%.0f page_variables=%d",
          user, tasks, countP50, countP95, pageP50, pageP95, pageVariables);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String base;

  TasklistFigures(String port) {
    this.base = "http://localhost:" + port + "/engine-rest";
  }

  String filterId(String user, String password, String filterName) throws Exception {
    JsonNode filters = mapper.readTree(get("/filter?resourceType=Task&name="
        + URLEncoder.encode(filterName, StandardCharsets.UTF_8), user, password).body());
    if (filters.size() != 1) {
      throw new AssertionError("filter '" + filterName + "' for " + user + ": " + filters);
    }
    return filters.get(0).get("id").asText();
  }

  /** Times the count and the first page {@code repetitions} times (after a few unmeasured warm-up rounds). */
  Figures measure(String filterId, String user, String password, int repetitions) throws Exception {
    for (int i = 0; i < 3; i++) {
      count(filterId, user, password);
      page(filterId, user, password);
    }
    List<Double> counts = new ArrayList<>();
    List<Double> pages = new ArrayList<>();
    long tasks = 0;
    int variables = 0;
    for (int i = 0; i < repetitions; i++) {
      long start = System.nanoTime();
      tasks = count(filterId, user, password);
      counts.add((System.nanoTime() - start) / 1e6);
      start = System.nanoTime();
      JsonNode page = page(filterId, user, password);
      pages.add((System.nanoTime() - start) / 1e6);
      variables = shownVariables(page);
    }
    return new Figures(user, tasks, percentile(counts, 50), percentile(counts, 95), percentile(pages, 50),
        percentile(pages, 95), variables);
  }

  private long count(String filterId, String user, String password) throws Exception {
    HttpResponse<String> response = get("/filter/" + filterId + "/count", user, password);
    return mapper.readTree(response.body()).get("count").asLong();
  }

  private JsonNode page(String filterId, String user, String password) throws Exception {
    HttpResponse<String> response = http.send(request("/filter/" + filterId + "/list?firstResult=0&maxResults=15", user, password)
        .header("Content-Type", "application/json").header("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString(PAGE_QUERY)).build(), HttpResponse.BodyHandlers.ofString());
    check(response);
    return mapper.readTree(response.body());
  }

  /** How many variable values the page shows (Tasklist shows these beside each task). */
  private static int shownVariables(JsonNode page) {
    int shown = 0;
    for (JsonNode task : page.path("_embedded").path("task")) {
      for (JsonNode variable : task.path("_embedded").path("variable")) {
        if (!variable.path("value").isNull() && !variable.path("value").isMissingNode()) {
          shown++;
        }
      }
    }
    return shown;
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    HttpResponse<String> response = http.send(request(path, user, password).header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    check(response);
    return response;
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    return HttpRequest.newBuilder().uri(URI.create(base + path)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private static void check(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError(response.request().uri() + ": " + response.statusCode() + " " + response.body());
    }
  }

  static double percentile(List<Double> values, int p) {
    List<Double> sorted = values.stream().sorted().toList();
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
