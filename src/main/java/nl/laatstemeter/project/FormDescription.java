package nl.laatstemeter.project;

import java.util.Map;
import nl.laatstemeter.form.DutchNames;
import nl.laatstemeter.form.BuildingBlocks;
import nl.laatstemeter.form.BuildingBlocks.CoordinationMode;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.Role;

/** A collaboration form in one Dutch paragraph, for the parties that approve it. */
final class FormDescription {

  private static final Map<String, String> OPTIONS = Map.ofEntries(
      Map.entry("CENTRAL", "centrale regie"), Map.entry("VARYING", "variërende regie per fase"),
      Map.entry("SHARED", "verdeelde regie"),
      Map.entry("FORMAL_PROJECT_TEAM", "formeel, regulier projectteam"),
      Map.entry("FORMAL_BUILDING_TEAM", "formeel, bouwteam"),
      Map.entry("FORMAL_CHAIN", "formeel, ketensamenwerking"), Map.entry("INFORMAL", "informele samenwerking"),
      Map.entry("TO_FACADE", "tot aan de gevel"), Map.entry("UP_TO_DELIVERY_SET", "tot en met de afleverset"),
      Map.entry("FULL", "volledige aansluiting"),
      Map.entry("FROM_START", "vanaf de start"), Map.entry("LATER", "later in het traject"),
      Map.entry("ONE", "één"), Map.entry("MULTIPLE", "meerdere"),
      Map.entry("EVERY_DWELLING", "elke woning"), Map.entry("SAMPLE", "een representatieve selectie"),
      Map.entry("ONCE", "in één ronde"), Map.entry("TWICE", "in twee rondes (globaal en detail)"),
      Map.entry("AD_HOC", "ad hoc aanbesteding"), Map.entry("FRAMEWORK", "raamovereenkomst"),
      Map.entry("INTEGRATED", "geïntegreerde installateur, geen aanbesteding"),
      Map.entry("CENTRAL_ACTIVE", "centraal en actief"), Map.entry("CENTRAL_PASSIVE", "centraal en passief"),
      Map.entry("DISTRIBUTED", "gespreid"));

  private FormDescription() {}

  static String of(CollaborationForm form) {
    BuildingBlocks b = form.buildingBlocks();
    StringBuilder s = new StringBuilder();
    s.append("Regie: ").append(option(b.coordination().mode()));
    if (b.coordination().mode() == CoordinationMode.CENTRAL) {
      s.append(" (").append(role(b.coordination().coordinator())).append(')');
    } else if (b.coordination().mode() == CoordinationMode.SHARED) {
      s.append(" (besluiten opgesteld door ").append(role(b.coordination().initiator())).append(')');
    }
    s.append(". Structuur: ").append(option(b.structure()));
    s.append(". Warmtebedrijf: ").append(option(b.heatCompanyScope()));
    s.append(". Installateur: ").append(option(b.installer().timing())).append(", ")
        .append(option(b.installer().count())).append(b.installer().count().name().equals("ONE") ? " installateur" : " installateurs");
    s.append(". Schouw: ").append(option(b.inspection().scope())).append(", door ").append(option(b.inspection().parties()))
        .append(b.inspection().parties().name().equals("ONE") ? " partij" : " partijen");
    if (b.inspection().party() != null && b.inspection().parties().name().equals("ONE")) {
      s.append(" (").append(role(b.inspection().party())).append(')');
    }
    s.append(", ").append(option(b.inspection().rounds()));
    s.append(". Aanbesteding: ").append(option(b.tender().method()));
    if (b.tender().split() && !b.tender().method().name().equals("INTEGRATED")) {
      s.append(", schouw apart aanbesteed");
    }
    s.append(". Communicatie: ").append(option(b.communication().approach()));
    if (b.communication().party() != null) {
      s.append(" (").append(role(b.communication().party())).append(')');
    }
    return s.append('.').toString();
  }

  private static String option(Enum<?> value) {
    return value == null ? "-" : OPTIONS.getOrDefault(value.name(), value.name());
  }

  private static String role(Role role) {
    return role == null ? "-" : DutchNames.role(role);
  }
}
