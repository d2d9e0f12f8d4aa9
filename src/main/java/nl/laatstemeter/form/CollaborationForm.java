package nl.laatstemeter.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A project's collaboration form (samenwerkingsvorm): who the parties are and one option per
 * building block (DOMAIN.md section 4). Immutable; JSON shape as in DOMAIN.md section 8.
 */
public record CollaborationForm(
    Map<Role, String> parties,
    Map<WorkPackage, String> installerPackages,
    BuildingBlocks buildingBlocks,
    Context context,
    List<Ownership> dwellingOwnerships) {

  public CollaborationForm {
    // unmodifiable: a read form is shared (FormJson keeps recently read forms)
    parties = parties == null || parties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(parties));
    installerPackages = installerPackages == null || installerPackages.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(installerPackages));
    context = context == null ? new Context(null, null, null, null) : context;
    dwellingOwnerships = dwellingOwnerships == null ? List.of() : List.copyOf(dwellingOwnerships);
  }

  /** The roles this project maps to an organisation, in a fixed order. */
  public List<Role> mappedRoles() {
    List<Role> roles = new ArrayList<>();
    for (Role role : Role.values()) {
      if (parties.containsKey(role)) {
        roles.add(role);
      }
    }
    return roles;
  }

  /**
   * The share of corporate dwellings among the given ones (0 to 1), or null when none are given.
   * Whether that is a corporate or a private majority is decision {@code dwellingMajority} of
   * {@code processes/routing.dmn}.
   */
  public Double corporateShare() {
    if (dwellingOwnerships.isEmpty()) {
      return null;
    }
    long corporate = dwellingOwnerships.stream().filter(o -> o == Ownership.CORPORATE).count();
    return (double) corporate / dwellingOwnerships.size();
  }

  public CollaborationForm withParties(Map<Role, String> newParties) {
    return new CollaborationForm(newParties, installerPackages, buildingBlocks, context, dwellingOwnerships);
  }

  public CollaborationForm withInstallerPackages(Map<WorkPackage, String> packages) {
    return new CollaborationForm(parties, packages, buildingBlocks, context, dwellingOwnerships);
  }

  public CollaborationForm withBuildingBlocks(BuildingBlocks blocks) {
    return new CollaborationForm(parties, installerPackages, blocks, context, dwellingOwnerships);
  }

  /** Context of the project (report chapter 4). All fields optional. */
  public record Context(
      HeatCompanyType heatCompanyType,
      Approach approach,
      Double participationThreshold,
      LocalDate signUpDeadline) {

    public boolean thresholdSet() {
      return participationThreshold != null && participationThreshold > 0;
    }
  }

  public enum HeatCompanyType { MUNICIPAL, REGIONAL, COOPERATIVE, PRIVATE }

  public enum Approach { COOPERATIVE_INDIVIDUAL, BUILDING, AREA }
}
