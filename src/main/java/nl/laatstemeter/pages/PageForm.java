package nl.laatstemeter.pages;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.form.FieldError;
import nl.laatstemeter.form.Role;

/**
 * The fields of the page, named after the JSON paths of DOMAIN.md section 8
 * ({@code buildingBlocks.coordination.mode}), turned into that JSON so the page is read and
 * validated by the same {@code FormReader} as the API. The dwellings are two counts.
 */
final class PageForm {

  static final String CORPORATE_DWELLINGS = "dwellings.corporate";
  static final String PRIVATE_DWELLINGS = "dwellings.private";
  static final int MAX_DWELLINGS = 100_000;

  private static final List<String> SECTIONS = List.of("parties.", "installerPackages.", "buildingBlocks.", "context.");
  private static final String SPLIT = "buildingBlocks.tender.split";
  private static final String THRESHOLD = "context.participationThreshold";

  private PageForm() {}

  /** The report's recommended form with the suggested parties (none in production): what the page shows first. */
  static Map<String, String> defaults(Map<Role, String> parties) {
    Map<String, String> v = new LinkedHashMap<>();
    parties.forEach((role, group) -> v.put("parties." + role.name(), group));
    v.put("buildingBlocks.coordination.mode", "CENTRAL");
    v.put("buildingBlocks.coordination.coordinator", "HEAT_COMPANY");
    v.put("buildingBlocks.structure", "FORMAL_PROJECT_TEAM");
    v.put("buildingBlocks.heatCompanyScope", "UP_TO_DELIVERY_SET");
    v.put("buildingBlocks.installer.timing", "FROM_START");
    v.put("buildingBlocks.installer.count", "ONE");
    v.put("buildingBlocks.inspection.scope", "EVERY_DWELLING");
    v.put("buildingBlocks.inspection.parties", "ONE");
    v.put("buildingBlocks.inspection.rounds", "ONCE");
    v.put("buildingBlocks.tender.method", "FRAMEWORK");
    v.put("buildingBlocks.communication.approach", "CENTRAL_ACTIVE");
    return v;
  }

  /** The request body the page's fields stand for, and the fields that are no number where one is needed. */
  record Read(ObjectNode json, List<FieldError> errors) {}

  static Read read(Map<String, String> values) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    List<FieldError> errors = new ArrayList<>();
    values.forEach((path, raw) -> {
      String value = raw == null ? "" : raw.trim();
      if (value.isEmpty() || SECTIONS.stream().noneMatch(path::startsWith)) {
        return;
      }
      ObjectNode parent = parent(root, path);
      String field = path.substring(path.lastIndexOf('.') + 1);
      if (path.equals(SPLIT)) {
        parent.put(field, Boolean.parseBoolean(value));
      } else if (path.equals(THRESHOLD)) {
        putNumber(parent, field, value.replace(',', '.'));
      } else {
        parent.put(field, value);
      }
    });
    int corporate = count(values, CORPORATE_DWELLINGS, errors);
    int priv = count(values, PRIVATE_DWELLINGS, errors);
    if (corporate + priv > MAX_DWELLINGS) {
      errors.add(new FieldError(PRIVATE_DWELLINGS, "samen hoogstens " + MAX_DWELLINGS + " woningen"));
    } else if (corporate + priv > 0) {
      var dwellings = root.putArray("dwellings");
      for (int i = 0; i < corporate; i++) {
        dwellings.addObject().put("ownership", "CORPORATE");
      }
      for (int i = 0; i < priv; i++) {
        dwellings.addObject().put("ownership", "PRIVATE");
      }
    }
    return new Read(root, errors);
  }

  private static ObjectNode parent(ObjectNode root, String path) {
    String[] parts = path.split("\\.");
    ObjectNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = node.get(parts[i]) instanceof ObjectNode child ? child : node.putObject(parts[i]);
    }
    return node;
  }

  /** A number as a JSON number, anything else as text so the FormReader names the field. */
  private static void putNumber(ObjectNode parent, String field, String value) {
    try {
      parent.put(field, Double.parseDouble(value));
    } catch (NumberFormatException e) {
      parent.put(field, value);
    }
  }

  private static int count(Map<String, String> values, String path, List<FieldError> errors) {
    String value = values.getOrDefault(path, "").trim();
    if (value.isEmpty()) {
      return 0;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 0 && n <= MAX_DWELLINGS) {
        return n;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    errors.add(new FieldError(path, "verwacht een aantal woningen van 0 tot en met " + MAX_DWELLINGS));
    return 0;
  }
}
