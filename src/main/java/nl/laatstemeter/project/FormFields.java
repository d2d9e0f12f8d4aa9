package nl.laatstemeter.project;

import static nl.laatstemeter.contract.DecisionInputs.APPROACH;
import static nl.laatstemeter.contract.DecisionInputs.COMMUNICATION_APPROACH;
import static nl.laatstemeter.contract.DecisionInputs.COMMUNICATION_PARTY;
import static nl.laatstemeter.contract.DecisionInputs.COORDINATION_MODE;
import static nl.laatstemeter.contract.DecisionInputs.COORDINATOR;
import static nl.laatstemeter.contract.DecisionInputs.HEAT_COMPANY_SCOPE;
import static nl.laatstemeter.contract.DecisionInputs.HEAT_COMPANY_TYPE;
import static nl.laatstemeter.contract.DecisionInputs.INITIATOR;
import static nl.laatstemeter.contract.DecisionInputs.INSPECTION_PARTIES;
import static nl.laatstemeter.contract.DecisionInputs.INSPECTION_PARTY;
import static nl.laatstemeter.contract.DecisionInputs.INSPECTION_ROUNDS;
import static nl.laatstemeter.contract.DecisionInputs.INSPECTION_SCOPE;
import static nl.laatstemeter.contract.DecisionInputs.INSTALLER_COUNT;
import static nl.laatstemeter.contract.DecisionInputs.INSTALLER_TIMING;
import static nl.laatstemeter.contract.DecisionInputs.SIGN_UP_DEADLINE;
import static nl.laatstemeter.contract.DecisionInputs.STRUCTURE;
import static nl.laatstemeter.contract.DecisionInputs.TENDER_METHOD;
import static nl.laatstemeter.contract.DecisionInputs.TENDER_SPLIT;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.laatstemeter.contract.DecisionInputs;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.BuildingBlocks;
import nl.laatstemeter.form.BuildingBlocks.CoordinationMode;
import nl.laatstemeter.form.BuildingBlocks.InspectionParties;
import nl.laatstemeter.form.BuildingBlocks.TenderMethod;
import nl.laatstemeter.form.Phase;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.WorkPackage;

/**
 * The flat fields of the Camunda Forms {@code project-start} and
 * {@code project-record-collaboration-form} (one field per building-block option, key = variable
 * name), turned into the JSON of DOMAIN.md section 8 so both forms are checked by the same
 * {@code FormReader} as the API, and back (to show the form in force).
 */
final class FormFields {

  // the start form's fields of the building blocks are named as the decision inputs (DecisionInputs, imported)
  static final String INSPECTION_COMPANION = "inspectionCompanion";
  static final String THRESHOLD_PERCENT = "participationThresholdPercent";

  static final Map<Phase, String> BY_PHASE = byPhase();
  static final Map<Role, String> PARTIES = new EnumMap<>(Map.of(
      Role.HEAT_COMPANY, "partyHeatCompany", Role.MUNICIPALITY, "partyMunicipality",
      Role.HOUSING_ASSOCIATION, "partyHousingAssociation", Role.INSTALLER, "partyInstaller",
      Role.HEAT_COOPERATIVE, "partyHeatCooperative"));
  static final Map<WorkPackage, String> PACKAGES = new EnumMap<>(Map.of(
      WorkPackage.INSPECTION, "packageInspection", WorkPackage.DELIVERY_SET, "packageDeliverySet",
      WorkPackage.INDOOR, "packageIndoor"));

  /** Dutch labels of the form fields, by JSON path of DOMAIN.md section 8 (for readable errors). */
  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("name", "Projectnaam");
    LABELS.put("parties.HEAT_COMPANY", "Warmtebedrijf");
    LABELS.put("parties.MUNICIPALITY", "Gemeente");
    LABELS.put("parties.HOUSING_ASSOCIATION", "Woningcorporatie");
    LABELS.put("parties.INSTALLER", "Installateur");
    LABELS.put("parties.HEAT_COOPERATIVE", "Warmtecoöperatie");
    LABELS.put("parties", "Partijen");
    LABELS.put("installerPackages.INSPECTION", "Installateur werkpakket schouw");
    LABELS.put("installerPackages.DELIVERY_SET", "Installateur werkpakket afleverset");
    LABELS.put("installerPackages.INDOOR", "Installateur werkpakket binnenhuisinstallatie");
    LABELS.put("buildingBlocks.coordination.mode", "1.1 Regie");
    LABELS.put("buildingBlocks.coordination.coordinator", "Regievoerder");
    LABELS.put("buildingBlocks.coordination.initiator", "Opsteller van besluiten");
    LABELS.put("buildingBlocks.coordination.byPhase", "Regievoerder per fase");
    LABELS.put("buildingBlocks.structure", "1.2 Samenwerkingsstructuur");
    LABELS.put("buildingBlocks.heatCompanyScope", "2.1 Betrokkenheid warmtebedrijf");
    LABELS.put("buildingBlocks.installer.timing", "2.2 Moment installateur");
    LABELS.put("buildingBlocks.installer.count", "2.2 Aantal installateurs");
    LABELS.put("buildingBlocks.inspection.scope", "3.1 Schouw: welke woningen");
    LABELS.put("buildingBlocks.inspection.parties", "3.1 Schouw: door wie");
    LABELS.put("buildingBlocks.inspection.party", "3.1 Schouwende partij");
    LABELS.put("buildingBlocks.inspection.rounds", "3.1 Schouwrondes");
    LABELS.put("buildingBlocks.inspection.companion", "3.1 Meelopende partij");
    LABELS.put("buildingBlocks.tender.method", "3.2 Aanbestedingsmethode");
    LABELS.put("buildingBlocks.tender.split", "3.2 Schouw apart aanbesteden");
    LABELS.put("buildingBlocks.communication.approach", "3.3 Communicatiebenadering");
    LABELS.put("buildingBlocks.communication.party", "3.3 Communicatiepartij");
    LABELS.put("context.heatCompanyType", "Type warmtebedrijf");
    LABELS.put("context.approach", "Aanpak");
    LABELS.put("context.participationThreshold", "Deelnamedrempel");
    LABELS.put("context.signUpDeadline", "Aanmelddeadline");
  }

  private FormFields() {}

  private static Map<Phase, String> byPhase() {
    Map<Phase, String> fields = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      fields.put(phase, DecisionInputs.byPhase(phase));
    }
    return fields;
  }

  /** The Dutch label for a JSON path, or the path itself. */
  static String label(String path) {
    for (Map.Entry<String, String> e : LABELS.entrySet()) {
      if (path.equals(e.getKey()) || path.startsWith(e.getKey() + ".")) {
        return e.getValue();
      }
    }
    return path;
  }

  /** Every variable the start form may hand over (removed once the project is registered). */
  static List<String> startFieldNames() {
    List<String> names = new ArrayList<>(List.of(ProjectVariables.PROJECT_NAME, HEAT_COMPANY_TYPE, APPROACH, THRESHOLD_PERCENT,
        SIGN_UP_DEADLINE));
    names.addAll(PARTIES.values());
    names.addAll(PACKAGES.values());
    names.addAll(blockFieldNames());
    return names;
  }

  static List<String> blockFieldNames() {
    List<String> names = new ArrayList<>(List.of(COORDINATION_MODE, COORDINATOR, INITIATOR));
    names.addAll(BY_PHASE.values());
    names.addAll(List.of(STRUCTURE, HEAT_COMPANY_SCOPE, INSTALLER_TIMING, INSTALLER_COUNT, INSPECTION_SCOPE,
        INSPECTION_PARTIES, INSPECTION_PARTY, INSPECTION_ROUNDS, INSPECTION_COMPANION, TENDER_METHOD, TENDER_SPLIT,
        COMMUNICATION_APPROACH, COMMUNICATION_PARTY));
    return names;
  }

  /** The request body of POST /api/projects (without dwellings) from the start form's fields. */
  static ObjectNode startRequest(Function<String, Object> vars) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    putText(root, "name", vars.apply(ProjectVariables.PROJECT_NAME));
    ObjectNode parties = root.putObject("parties");
    PARTIES.forEach((role, field) -> putText(parties, role.name(), vars.apply(field)));
    ObjectNode packages = JsonNodeFactory.instance.objectNode();
    if ("MULTIPLE".equals(text(vars.apply(INSTALLER_COUNT)))) {
      PACKAGES.forEach((pkg, field) -> putText(packages, pkg.name(), vars.apply(field)));
    }
    if (!packages.isEmpty()) {
      root.set("installerPackages", packages);
    }
    root.set("buildingBlocks", buildingBlocks(vars));
    ObjectNode context = root.putObject("context");
    putText(context, "heatCompanyType", vars.apply(HEAT_COMPANY_TYPE));
    putText(context, "approach", vars.apply(APPROACH));
    Object percent = vars.apply(THRESHOLD_PERCENT);
    if (percent != null && !text(percent, "").isEmpty()) {
      try {
        double value = Double.parseDouble(percent.toString().replace(',', '.'));
        if (value != 0) {
          context.put("participationThreshold", value / 100.0);
        }
      } catch (NumberFormatException e) {
        context.put("participationThreshold", percent.toString());
      }
    }
    putText(context, "signUpDeadline", vars.apply(SIGN_UP_DEADLINE));
    return root;
  }

  /** {@code buildingBlocks} of DOMAIN.md section 8 from the block fields; options that do not apply are left out. */
  static ObjectNode buildingBlocks(Function<String, Object> vars) {
    ObjectNode blocks = JsonNodeFactory.instance.objectNode();
    ObjectNode coordination = blocks.putObject("coordination");
    String mode = text(vars.apply(COORDINATION_MODE));
    putText(coordination, "mode", mode);
    if (CoordinationMode.CENTRAL.name().equals(mode)) {
      putText(coordination, "coordinator", vars.apply(COORDINATOR));
    } else if (CoordinationMode.VARYING.name().equals(mode)) {
      ObjectNode byPhase = coordination.putObject("byPhase");
      BY_PHASE.forEach((phase, field) -> putText(byPhase, phase.name(), vars.apply(field)));
    } else if (CoordinationMode.SHARED.name().equals(mode)) {
      putText(coordination, "initiator", vars.apply(INITIATOR));
    }
    putText(blocks, "structure", vars.apply(STRUCTURE));
    putText(blocks, "heatCompanyScope", vars.apply(HEAT_COMPANY_SCOPE));
    ObjectNode installer = blocks.putObject("installer");
    putText(installer, "timing", vars.apply(INSTALLER_TIMING));
    putText(installer, "count", vars.apply(INSTALLER_COUNT));
    ObjectNode inspection = blocks.putObject("inspection");
    putText(inspection, "scope", vars.apply(INSPECTION_SCOPE));
    String parties = text(vars.apply(INSPECTION_PARTIES));
    putText(inspection, "parties", parties);
    if (!InspectionParties.MULTIPLE.name().equals(parties)) {
      putText(inspection, "party", vars.apply(INSPECTION_PARTY));
    }
    putText(inspection, "rounds", vars.apply(INSPECTION_ROUNDS));
    putText(inspection, "companion", vars.apply(INSPECTION_COMPANION));
    ObjectNode tender = blocks.putObject("tender");
    String method = text(vars.apply(TENDER_METHOD));
    putText(tender, "method", method);
    tender.put("split", !TenderMethod.INTEGRATED.name().equals(method) && isTrue(vars.apply(TENDER_SPLIT)));
    ObjectNode communication = blocks.putObject("communication");
    putText(communication, "approach", vars.apply(COMMUNICATION_APPROACH));
    putText(communication, "party", vars.apply(COMMUNICATION_PARTY));
    return blocks;
  }

  /** The block fields of a form, to show it in {@code project-record-collaboration-form}. */
  static Map<String, Object> fromBlocks(BuildingBlocks b) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(COORDINATION_MODE, name(b.coordination().mode()));
    v.put(COORDINATOR, name(b.coordination().coordinator()));
    v.put(INITIATOR, name(b.coordination().initiator()));
    BY_PHASE.forEach((phase, field) -> v.put(field, name(b.coordination().byPhase().get(phase))));
    v.put(STRUCTURE, name(b.structure()));
    v.put(HEAT_COMPANY_SCOPE, name(b.heatCompanyScope()));
    v.put(INSTALLER_TIMING, name(b.installer().timing()));
    v.put(INSTALLER_COUNT, name(b.installer().count()));
    v.put(INSPECTION_SCOPE, name(b.inspection().scope()));
    v.put(INSPECTION_PARTIES, name(b.inspection().parties()));
    v.put(INSPECTION_PARTY, name(b.inspection().party()));
    v.put(INSPECTION_ROUNDS, name(b.inspection().rounds()));
    v.put(INSPECTION_COMPANION, name(b.inspection().companion()));
    v.put(TENDER_METHOD, name(b.tender().method()));
    v.put(TENDER_SPLIT, b.tender().split());
    v.put(COMMUNICATION_APPROACH, name(b.communication().approach()));
    v.put(COMMUNICATION_PARTY, name(b.communication().party()));
    return v;
  }

  static String text(Object value) {
    String t = text(value, "");
    return t.isEmpty() ? null : t;
  }

  private static String text(Object value, String absent) {
    return value == null ? absent : value.toString().trim();
  }

  private static void putText(ObjectNode node, String field, Object value) {
    String t = text(value);
    if (t != null) {
      node.put(field, t);
    }
  }

  private static boolean isTrue(Object value) {
    return value instanceof Boolean b ? b : "true".equalsIgnoreCase(text(value, ""));
  }

  private static String name(Enum<?> e) {
    return e == null ? "" : e.name();
  }
}
