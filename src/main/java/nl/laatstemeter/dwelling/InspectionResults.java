package nl.laatstemeter.dwelling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The inspection results of a dwelling, one per inspecting organisation (variable
 * {@code inspectionResults}, JSON {@code {"group": {"field": value, …}, …}}): under inspection
 * parties MULTIPLE no party's result overwrites another's.
 */
final class InspectionResults {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, String> LABELS = Map.of(
      "visitDate", "bezoek", "dwellingType", "woningtype", "deliverySetLocation", "plek afleverset",
      "connectionMethod", "aansluitmethode", "removeGasBoiler", "cv-ketel verwijderen",
      "electricCooking", "elektrisch koken", "structuralWork", "bouwkundige aanpassingen",
      "estimatedCost", "geschatte kosten (€)", "inspectionRemarks", "opmerkingen",
      "kitchenTableTalkHeld", "keukentafelgesprek gevoerd");

  private final ObjectNode results;

  private InspectionResults(ObjectNode results) {
    this.results = results;
  }

  static InspectionResults read(Object json) {
    if (json == null) {
      return new InspectionResults(MAPPER.createObjectNode());
    }
    try {
      JsonNode node = MAPPER.readTree(json.toString());
      return new InspectionResults(node instanceof ObjectNode o ? o : MAPPER.createObjectNode());
    } catch (Exception e) {
      return new InspectionResults(MAPPER.createObjectNode());
    }
  }

  void put(String group, Map<String, Object> fields) {
    results.set(group, MAPPER.valueToTree(fields));
  }

  boolean isEmpty() {
    return results.isEmpty();
  }

  /** The result of one organisation, or null. */
  JsonNode of(String group) {
    return results.get(group);
  }

  String json() {
    return results.toString();
  }

  /** One paragraph per organisation, in Dutch. */
  String text() {
    List<String> parts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = results.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> party = it.next();
      List<String> fields = new ArrayList<>();
      party.getValue().fields().forEachRemaining(f -> fields.add(LABELS.getOrDefault(f.getKey(), f.getKey()) + ": "
          + (f.getValue().isBoolean() ? (f.getValue().asBoolean() ? "ja" : "nee") : f.getValue().asText())));
      parts.add("Schouw door " + party.getKey() + ": " + String.join("; ", fields));
    }
    return String.join("\n\n", parts);
  }
}
