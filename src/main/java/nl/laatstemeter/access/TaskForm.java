package nl.laatstemeter.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a task's Camunda Form as far as writing variables goes: which keys it has, of
 * which kind, with which options, and which are required. Read from the form's JSON
 * (components, nested in groups).
 */
record TaskForm(Map<String, Field> fields) {

  /** A task without a Camunda Form: it writes no variables. */
  static final TaskForm NONE = new TaskForm(Map.of());

  TaskForm {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * One input field. {@code options} are the fixed values of a select, radio, checklist or taglist
   * (null when the options come from the variable {@code valuesKey} or the field has none);
   * {@code required} only when the form always shows it (no condition on it or a group around it);
   * a disabled field is shown, not entered.
   */
  record Field(String key, String type, String subtype, boolean disabled, boolean required, List<String> options,
      String valuesKey, Double min, Double max, Integer minLength, Integer maxLength, String pattern) {

    boolean hasOptions() {
      return options != null || valuesKey != null;
    }

    boolean multiple() {
      return "checklist".equals(type) || "taglist".equals(type);
    }
  }

  Field field(String key) {
    return fields.get(key);
  }

  static TaskForm parse(JsonNode schema) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(schema.path("components"), false, false, fields);
    return new TaskForm(fields);
  }

  private static void collect(JsonNode components, boolean conditional, boolean disabled, Map<String, Field> fields) {
    for (JsonNode c : components) {
      boolean hidden = conditional || c.hasNonNull("conditional");
      boolean off = disabled || c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false);
      if (c.has("components")) {
        collect(c.get("components"), hidden, off, fields);
      }
      String key = c.path("key").asText(null);
      String type = c.path("type").asText("");
      if (key == null || key.isBlank() || "button".equals(type) || "group".equals(type)) {
        continue;
      }
      JsonNode validate = c.path("validate");
      List<String> options = null;
      if (c.path("values").isArray()) {
        options = new ArrayList<>();
        for (JsonNode option : c.get("values")) {
          options.add(option.path("value").asText());
        }
      }
      fields.put(key, new Field(key, type, c.path("subtype").asText(null), off,
          !hidden && !off && validate.path("required").asBoolean(false), options,
          c.path("valuesKey").asText(null),
          validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
          validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
          validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
          validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
          validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null));
    }
  }
}
