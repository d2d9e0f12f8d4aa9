package nl.laatstemeter.project;

import nl.laatstemeter.form.BuildingBlocks;
import nl.laatstemeter.form.BuildingBlocks.CoordinationMode;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.DutchNames;
import nl.laatstemeter.form.Role;

/** A collaboration form in one Dutch paragraph (in the words of {@link DutchNames}), for the parties that approve it. */
final class FormDescription {

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
        .append(option(b.installer().count()));
    s.append(". Schouw: ").append(option(b.inspection().scope())).append(", door ").append(option(b.inspection().parties()));
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

  /** The option's label of the one vocabulary, in running text: "centrale regie". */
  private static String option(Enum<?> value) {
    if (value == null) {
      return "-";
    }
    String label = DutchNames.option(value);
    return Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  private static String role(Role role) {
    return role == null ? "-" : DutchNames.role(role);
  }
}
