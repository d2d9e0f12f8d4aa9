package nl.laatstemeter.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A collaboration form as the JSON of DOMAIN.md section 8, starting from the report's
 * recommended form with the demo organisations, changed one path at a time.
 */
public final class FormFixture {

  public static final String HEAT = "warmtebedrijf-demo";
  public static final String MUNI = "gemeente-demo";
  public static final String HOUSING = "corporatie-demo";
  public static final String INSTALLER = "installateur-demo";
  public static final String INDOOR = "installateur-binnen-demo";
  public static final String COOP = "cooperatie-demo";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ObjectNode root;

  private FormFixture(ObjectNode root) {
    this.root = root;
  }

  /** The report's recommended form (no WARNING or ERROR) with every demo party. */
  public static FormFixture recommended() {
    try {
      return new FormFixture((ObjectNode) MAPPER.readTree("""
          { "parties": {"HEAT_COMPANY": "%s", "MUNICIPALITY": "%s", "HOUSING_ASSOCIATION": "%s",
                        "INSTALLER": "%s", "HEAT_COOPERATIVE": "%s"},
            "buildingBlocks": {
              "coordination": {"mode": "CENTRAL", "coordinator": "HEAT_COMPANY"},
              "structure": "FORMAL_PROJECT_TEAM",
              "heatCompanyScope": "UP_TO_DELIVERY_SET",
              "installer": {"timing": "FROM_START", "count": "ONE"},
              "inspection": {"scope": "EVERY_DWELLING", "parties": "ONE", "rounds": "ONCE"},
              "tender": {"method": "FRAMEWORK", "split": false},
              "communication": {"approach": "CENTRAL_ACTIVE", "party": "HEAT_COOPERATIVE"} },
            "context": {"heatCompanyType": "MUNICIPAL", "approach": "AREA"} }
          """.formatted(HEAT, MUNI, HOUSING, INSTALLER, COOP)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets a dotted path ("buildingBlocks.coordination.mode") to a text, boolean, number or null. */
  public FormFixture with(String path, Object value) {
    String[] parts = path.split("\\.");
    ObjectNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = node.has(parts[i]) && node.get(parts[i]).isObject() ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
    }
    String last = parts[parts.length - 1];
    if (value == null) {
      node.remove(last);
    } else if (value instanceof Boolean b) {
      node.put(last, b);
    } else if (value instanceof Number n) {
      node.put(last, n.doubleValue());
    } else {
      node.put(last, value.toString());
    }
    return this;
  }

  /** Adds dwellings with the given ownerships ("CORPORATE", "PRIVATE"). */
  public FormFixture dwellings(String... ownerships) {
    ArrayNode dwellings = root.putArray("dwellings");
    for (String o : ownerships) {
      dwellings.addObject().put("ownership", o);
    }
    return this;
  }

  public JsonNode json() {
    return root.deepCopy();
  }

  public String jsonText() {
    return root.toString();
  }

  public CollaborationForm form() {
    FormReader.Result result = FormReader.read(root);
    if (!result.valid()) {
      throw new IllegalArgumentException("fixture form invalid: " + result.errors());
    }
    return result.form();
  }
}
