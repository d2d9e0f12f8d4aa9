package nl.laatstemeter.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Dutch translation of Camunda's webapps (Tasklist, Cockpit, Admin, Welcome), read as the
 * application serves them: from the classpath, where Camunda's webjar brings the English file
 * ({@code app/<webapp>/locales/en.json}) and the application its own {@code nl.json} and
 * {@code scripts/config.js} under the same path. A Camunda upgrade that adds texts fails here
 * until they are translated.
 */
class DutchWebappsTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]*)\\s*}}");
  /** English texts that are empty on purpose in Dutch: the Camunda 8 migration banner. */
  private static final Set<String> EMPTY_ON_PURPOSE = Set.of("labels.BANNER_CE_EOL_TEXT");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishTextOfCamundaHasADutchCounterpart(String webapp) throws IOException {
    JsonNode english = read(only(APP + webapp + "/locales/en.json"));
    JsonNode dutch = read(only(APP + webapp + "/locales/nl.json"));

    List<String> missing = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    compare("", english, dutch, missing, wrong);

    assertThat(missing).as("keys of Camunda's %s en.json without a Dutch text in nl.json", webapp).isEmpty();
    assertThat(wrong).as("Dutch texts of %s that differ in shape from the English ones", webapp).isEmpty();
    assertThat(dutch.path("labels").size()).as("no keys of our own in %s", webapp)
        .isEqualTo(english.path("labels").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void webappsUseOnlyDutchAndCarryOurName(String webapp) throws IOException {
    List<URL> configs = Collections.list(getClass().getClassLoader().getResources(APP + webapp + "/scripts/config.js"));
    assertThat(configs).as("%s config.js: ours, then Camunda's", webapp).hasSize(2);
    // the first one on the classpath is the one the application serves
    String served = text(configs.get(0));
    assertThat(served).contains("availableLocales: ['nl']").contains("fallbackLocale: 'nl'")
        .contains("vendor: 'Laatste meter'").contains("normal: 'DD-MM-YYYY HH:mm'");

    String styles = text(Collections.list(getClass().getClassLoader()
        .getResources(APP + webapp + "/styles/user-styles.css")).get(0));
    assertThat(styles).as("%s user-styles.css hides the Camunda 8 migration banner", webapp)
        .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreDayMonthYearWithDutchNames(String webapp) throws IOException {
    JsonNode dates = read(only(APP + webapp + "/locales/nl.json")).path("dateLocales");
    assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("DD-MM-YYYY");
    assertThat(dates.path("months").get(2).asText()).isEqualTo("maart");
    assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("maandag");
    assertThat(dates.path("week").path("dow").asInt()).as("weeks start on Monday").isEqualTo(1);
  }

  private static void compare(String path, JsonNode english, JsonNode dutch, List<String> missing, List<String> wrong) {
    if (english.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        JsonNode counterpart = dutch == null ? null : dutch.get(field.getKey());
        if (counterpart == null) {
          missing.add(key);
        } else {
          compare(key, field.getValue(), counterpart, missing, wrong);
        }
      }
    } else if (english.isArray()) {
      if (!dutch.isArray() || dutch.size() != english.size()) {
        wrong.add(path + ": a list of " + english.size());
      }
    } else if (english.isTextual()) {
      if (!dutch.isTextual()) {
        wrong.add(path + ": not a text");
      } else if (dutch.asText().isBlank() && !english.asText().isBlank() && !EMPTY_ON_PURPOSE.contains(path)) {
        wrong.add(path + ": empty");
      } else if (!EMPTY_ON_PURPOSE.contains(path) && !placeholders(english.asText()).equals(placeholders(dutch.asText()))) {
        wrong.add(path + ": placeholders " + placeholders(english.asText()) + " but " + placeholders(dutch.asText()));
      }
    } else if (english.isNumber() && !english.equals(dutch)) {
      wrong.add(path + ": " + english + " but " + dutch);
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The one resource on the classpath with this path (en.json only in the webjar, nl.json only in ours). */
  private URL only(String path) throws IOException {
    List<URL> found = Collections.list(getClass().getClassLoader().getResources(path));
    assertThat(found).as("resources %s on the classpath", path).hasSize(1);
    return found.get(0);
  }

  private static JsonNode read(URL url) throws IOException {
    String text = text(url);
    // Camunda's own files start with a byte order mark
    return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
