package nl.laatstemeter.dwelling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The project's connection methods (from the design, project variable {@code connectionMethods})
 * as options of a Camunda Forms select: a JSON list of {@code {"label", "value"}}. Accepts a
 * JSON list (of texts or of objects with label/name and value/id), a Java list, or text with one
 * method per line or separated by semicolons.
 */
final class ConnectionMethods {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ConnectionMethods() {}

  static JsonValue options(Object methods) {
    List<String[]> pairs = pairs(methods);
    if (pairs.isEmpty()) {
      throw new ProcessEngineException("Het project heeft nog geen aansluitmethoden (variabele 'connectionMethods' "
          + "uit 'Aansluitmethoden per woningtype ontwerpen'): de schouw kan geen aansluitmethode aanbieden");
    }
    ArrayNode array = MAPPER.createArrayNode();
    for (String[] p : pairs) {
      array.addObject().put("label", p[0]).put("value", p[1]);
    }
    return SpinValues.jsonValue(array.toString()).create();
  }

  private static List<String[]> pairs(Object methods) {
    List<String[]> pairs = new ArrayList<>();
    if (methods == null) {
      return pairs;
    }
    if (methods instanceof Collection<?> list) {
      list.forEach(item -> add(pairs, item instanceof Map<?, ?> m ? MAPPER.valueToTree(m) : MAPPER.valueToTree(String.valueOf(item))));
      return pairs;
    }
    Object value = methods instanceof JsonValue json ? json.getValueSerialized() : methods;
    String text = String.valueOf(value).trim();
    if (text.startsWith("[")) {
      try {
        MAPPER.readTree(text).forEach(node -> add(pairs, node));
      } catch (JsonProcessingException e) {
        throw new ProcessEngineException("Aansluitmethoden van het project zijn geen geldige lijst: " + e.getOriginalMessage(), e);
      }
      return pairs;
    }
    for (String line : text.split("[;\\n]")) {
      if (!line.isBlank()) {
        pairs.add(new String[] {line.trim(), line.trim()});
      }
    }
    return pairs;
  }

  private static void add(List<String[]> pairs, JsonNode node) {
    if (node.isTextual() || node.isNumber()) {
      pairs.add(new String[] {node.asText(), node.asText()});
      return;
    }
    String label = first(node, "label", "name", "value", "id");
    String value = first(node, "value", "id", "name", "label");
    if (label != null && value != null) {
      pairs.add(new String[] {label, value});
    }
  }

  private static String first(JsonNode node, String... fields) {
    for (String f : fields) {
      if (node.hasNonNull(f) && !node.get(f).asText().isBlank()) {
        return node.get(f).asText();
      }
    }
    return null;
  }
}
