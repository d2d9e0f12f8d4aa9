package nl.laatstemeter.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.laatstemeter.form.BuildingBlocks.CommunicationApproach;
import nl.laatstemeter.form.BuildingBlocks.CoordinationMode;
import nl.laatstemeter.form.BuildingBlocks.HeatCompanyScope;
import nl.laatstemeter.form.BuildingBlocks.InspectionParties;
import nl.laatstemeter.form.BuildingBlocks.InspectionRounds;
import nl.laatstemeter.form.BuildingBlocks.InspectionScope;
import nl.laatstemeter.form.BuildingBlocks.InstallerCount;
import nl.laatstemeter.form.BuildingBlocks.InstallerTiming;
import nl.laatstemeter.form.BuildingBlocks.Structure;
import nl.laatstemeter.form.BuildingBlocks.TenderMethod;
import nl.laatstemeter.form.CollaborationForm.Approach;
import nl.laatstemeter.form.CollaborationForm.Context;
import nl.laatstemeter.form.CollaborationForm.HeatCompanyType;

/**
 * Reads a collaboration form from the JSON of DOMAIN.md section 8 and names every bad field,
 * so a request is either wholly valid or answered with all its errors at once.
 */
public final class FormReader {

  private final List<FieldError> errors = new ArrayList<>();

  /** The form read from {@code root}, or {@code null} when {@link #errors()} is not empty. */
  public static Result read(JsonNode root) {
    FormReader reader = new FormReader();
    CollaborationForm form = reader.form(root);
    return new Result(reader.errors.isEmpty() ? form : null, List.copyOf(reader.errors));
  }

  public record Result(CollaborationForm form, List<FieldError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  private CollaborationForm form(JsonNode root) {
    if (root == null || !root.isObject()) {
      errors.add(new FieldError("$", "verwacht een JSON-object"));
      return null;
    }
    Map<Role, String> parties = organisations(root, "parties", Role.class, true);
    Map<WorkPackage, String> packages = organisations(root, "installerPackages", WorkPackage.class, false);
    BuildingBlocks blocks = buildingBlocks(root.get("buildingBlocks"));
    Context context = context(root.get("context"));
    List<Ownership> ownerships = ownerships(root.get("dwellings"));
    return new CollaborationForm(parties, packages, blocks, context, ownerships);
  }

  private <E extends Enum<E>> Map<E, String> organisations(
      JsonNode root, String field, Class<E> keys, boolean required) {
    JsonNode node = root.get(field);
    Map<E, String> result = new EnumMap<>(keys);
    if (absent(node)) {
      if (required) {
        errors.add(new FieldError(field, "verplicht: koppel elke deelnemende rol aan een organisatie"));
      }
      return result;
    }
    if (!node.isObject()) {
      errors.add(new FieldError(field, "verwacht een object van " + keys.getSimpleName() + " naar organisatie"));
      return result;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      String path = field + "." + entry.getKey();
      E key = parseEnum(entry.getKey(), keys, path);
      JsonNode value = entry.getValue();
      if (!value.isTextual() || value.asText().isBlank()) {
        errors.add(new FieldError(path, "verwacht de id van een organisatie (Camunda-groep)"));
      } else if (key != null) {
        result.put(key, value.asText().trim());
      }
    }
    return result;
  }

  private BuildingBlocks buildingBlocks(JsonNode node) {
    if (absent(node) || !node.isObject()) {
      errors.add(new FieldError("buildingBlocks", "verplicht: kies per bouwsteen een optie"));
      return null;
    }
    String p = "buildingBlocks.";
    JsonNode coordination = object(node, p + "coordination", "coordination");
    BuildingBlocks.Coordination coord = null;
    if (coordination != null) {
      String c = p + "coordination.";
      CoordinationMode mode = requiredEnum(coordination, c, "mode", CoordinationMode.class);
      Role coordinator = optionalEnum(coordination, c, "coordinator", Role.class);
      Role initiator = optionalEnum(coordination, c, "initiator", Role.class);
      Map<Phase, Role> byPhase = byPhase(coordination.get("byPhase"), c + "byPhase");
      if (mode == CoordinationMode.CENTRAL && coordinator == null && coordination.get("coordinator") == null) {
        errors.add(new FieldError(c + "coordinator", "verplicht bij CENTRAL: welke rol voert de regie"));
      }
      if (mode == CoordinationMode.SHARED && initiator == null && coordination.get("initiator") == null) {
        errors.add(new FieldError(c + "initiator", "verplicht bij SHARED: welke rol stelt de besluiten op"));
      }
      if (mode == CoordinationMode.VARYING) {
        for (Phase phase : Phase.values()) {
          JsonNode phaseNode = coordination.path("byPhase").get(phase.name());
          if (phaseNode == null || phaseNode.isNull()) {
            errors.add(new FieldError(c + "byPhase." + phase.name(), "verplicht bij VARYING: regievoerder van deze fase"));
          }
        }
      }
      coord = new BuildingBlocks.Coordination(mode, coordinator, byPhase, initiator);
    }
    Structure structure = requiredEnum(node, p, "structure", Structure.class);
    HeatCompanyScope scope = requiredEnum(node, p, "heatCompanyScope", HeatCompanyScope.class);

    BuildingBlocks.Installer installer = null;
    JsonNode inst = object(node, p + "installer", "installer");
    if (inst != null) {
      installer = new BuildingBlocks.Installer(
          requiredEnum(inst, p + "installer.", "timing", InstallerTiming.class),
          requiredEnum(inst, p + "installer.", "count", InstallerCount.class));
    }
    BuildingBlocks.Inspection inspection = null;
    JsonNode insp = object(node, p + "inspection", "inspection");
    if (insp != null) {
      String i = p + "inspection.";
      inspection = new BuildingBlocks.Inspection(
          requiredEnum(insp, i, "scope", InspectionScope.class),
          requiredEnum(insp, i, "parties", InspectionParties.class),
          optionalEnum(insp, i, "party", Role.class),
          requiredEnum(insp, i, "rounds", InspectionRounds.class),
          optionalEnum(insp, i, "companion", Role.class));
    }
    BuildingBlocks.Tender tender = null;
    JsonNode tend = object(node, p + "tender", "tender");
    if (tend != null) {
      TenderMethod method = requiredEnum(tend, p + "tender.", "method", TenderMethod.class);
      JsonNode split = tend.get("split");
      if (!absent(split) && !split.isBoolean()) {
        errors.add(new FieldError(p + "tender.split", "verwacht true of false"));
      }
      tender = new BuildingBlocks.Tender(method, split != null && split.asBoolean(false));
    }
    BuildingBlocks.Communication communication = null;
    JsonNode comm = object(node, p + "communication", "communication");
    if (comm != null) {
      communication = new BuildingBlocks.Communication(
          requiredEnum(comm, p + "communication.", "approach", CommunicationApproach.class),
          optionalEnum(comm, p + "communication.", "party", Role.class));
    }
    return new BuildingBlocks(coord, structure, scope, installer, inspection, tender, communication);
  }

  private Map<Phase, Role> byPhase(JsonNode node, String path) {
    Map<Phase, Role> result = new EnumMap<>(Phase.class);
    if (absent(node)) {
      return result;
    }
    if (!node.isObject()) {
      errors.add(new FieldError(path, "verwacht een object van fase naar rol"));
      return result;
    }
    node.fields().forEachRemaining(e -> {
      Phase phase = parseEnum(e.getKey(), Phase.class, path + "." + e.getKey());
      Role role = e.getValue().isTextual()
          ? parseEnum(e.getValue().asText(), Role.class, path + "." + e.getKey())
          : invalid(path + "." + e.getKey(), Role.class);
      if (phase != null && role != null) {
        result.put(phase, role);
      }
    });
    return result;
  }

  private Context context(JsonNode node) {
    if (absent(node)) {
      return null;
    }
    if (!node.isObject()) {
      errors.add(new FieldError("context", "verwacht een object"));
      return null;
    }
    HeatCompanyType type = optionalEnum(node, "context.", "heatCompanyType", HeatCompanyType.class);
    Approach approach = optionalEnum(node, "context.", "approach", Approach.class);
    Double threshold = null;
    JsonNode t = node.get("participationThreshold");
    if (!absent(t)) {
      if (!t.isNumber() || t.asDouble() <= 0 || t.asDouble() > 1) {
        errors.add(new FieldError("context.participationThreshold", "verwacht een fractie groter dan 0 en hoogstens 1, bijvoorbeeld 0.5"));
      } else {
        threshold = t.asDouble();
      }
    }
    LocalDate deadline = null;
    JsonNode d = node.get("signUpDeadline");
    if (!absent(d)) {
      try {
        deadline = LocalDate.parse(d.asText());
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("context.signUpDeadline", "verwacht een datum als JJJJ-MM-DD"));
      }
    }
    return new Context(type, approach, threshold, deadline);
  }

  private List<Ownership> ownerships(JsonNode node) {
    List<Ownership> result = new ArrayList<>();
    if (absent(node)) {
      return result;
    }
    if (!node.isArray()) {
      errors.add(new FieldError("dwellings", "verwacht een lijst van woningen"));
      return result;
    }
    for (int i = 0; i < node.size(); i++) {
      Ownership o = requiredEnum(node.get(i), "dwellings[" + i + "].", "ownership", Ownership.class);
      if (o != null) {
        result.add(o);
      }
    }
    return result;
  }

  private JsonNode object(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    if (absent(node) || !node.isObject()) {
      errors.add(new FieldError(path, absent(node) ? "verplichte bouwsteen ontbreekt" : "verwacht een object"));
      return null;
    }
    return node;
  }

  private <E extends Enum<E>> E requiredEnum(JsonNode parent, String prefix, String field, Class<E> type) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (absent(node)) {
      errors.add(new FieldError(prefix + field, "verplicht; kies uit " + allowed(type)));
      return null;
    }
    return node.isTextual() ? parseEnum(node.asText(), type, prefix + field) : invalid(prefix + field, type);
  }

  private <E extends Enum<E>> E optionalEnum(JsonNode parent, String prefix, String field, Class<E> type) {
    JsonNode node = parent.get(field);
    if (absent(node)) {
      return null;
    }
    return node.isTextual() ? parseEnum(node.asText(), type, prefix + field) : invalid(prefix + field, type);
  }

  private <E extends Enum<E>> E parseEnum(String value, Class<E> type, String path) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    errors.add(new FieldError(path, "onbekende waarde '" + value + "'; kies uit " + allowed(type)));
    return null;
  }

  private <E extends Enum<E>> E invalid(String path, Class<E> type) {
    errors.add(new FieldError(path, "verwacht een tekst; kies uit " + allowed(type)));
    return null;
  }

  private static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }
}
