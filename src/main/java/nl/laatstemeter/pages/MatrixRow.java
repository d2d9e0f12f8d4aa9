package nl.laatstemeter.pages;

import java.util.List;
import java.util.function.Function;
import nl.laatstemeter.form.DutchNames;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.routing.Responsibility;

/** One row of the responsibility matrix on the page: a task of the catalogue and who does it, in Dutch. */
public record MatrixRow(
    String phase, String task, String level, String ownership, boolean eachParty, String roles,
    List<String> organisations) {

  static MatrixRow of(Responsibility r, Function<String, String> organisationName) {
    return new MatrixRow(
        r.phase() == null ? "Elke fase" : PageOptions.capitalized(DutchNames.phase(r.phase())),
        DutchNames.task(r.task()),
        "DWELLING".equals(r.scope()) ? "woning" : "project",
        DutchNames.ownership(r.ownership()),
        r.eachParty(),
        roleNames(r.roles()),
        r.groups().stream().map(organisationName).toList());
  }

  /** No organisation holds any of the task's roles (yet): nobody would receive it. */
  public boolean unassigned() {
    return organisations.isEmpty();
  }

  /** The rows of the matrix, each organisation by its name. */
  static List<MatrixRow> of(List<Responsibility> responsibilities, Function<String, String> organisationName) {
    return responsibilities.stream().map(r -> of(r, organisationName)).toList();
  }

  private static String roleNames(List<Role> roles) {
    return String.join(", ", roles.stream().map(DutchNames::role).toList());
  }
}
