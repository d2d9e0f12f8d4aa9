package nl.laatstemeter.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.form.Phase;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.WorkPackage;

/**
 * Who does one task of the catalogue under a collaboration form (DOMAIN.md section 8): the
 * roles it is routed to and the organisations (Camunda groups) that hold those roles.
 */
public record Responsibility(
    String task,
    String scope,
    Phase phase,
    Ownership ownership,
    boolean eachParty,
    List<Role> roles,
    List<String> groups,
    @JsonIgnore WorkPackage workPackage) {

  /** The same routing, stated for one ownership. */
  Responsibility forOwnership(Ownership value) {
    return new Responsibility(task, scope, phase, value, eachParty, roles, groups, workPackage);
  }

  /** Same task, phase and routing, whatever the ownership. */
  boolean sameRoutingAs(Responsibility other) {
    return other != null
        && eachParty == other.eachParty
        && phase == other.phase
        && roles.equals(other.roles)
        && groups.equals(other.groups);
  }
}
