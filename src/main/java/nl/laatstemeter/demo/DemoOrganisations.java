package nl.laatstemeter.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.WorkPackage;
import nl.laatstemeter.identity.IdentitySetup;

/**
 * The demo organisations: one per role of DOMAIN.md section 3, plus a second installer for the
 * indoor work. {@link #parties()} and {@link #installerPackages()} give a demo project its parties.
 */
public final class DemoOrganisations {

  public static final DemoOrganisation HEAT_COMPANY = new DemoOrganisation("warmtebedrijf-demo",
      "Warmtebedrijf Demo", Role.HEAT_COMPANY,
      new DemoUser("warmte", "Wim", "Verhoeven", "wim.verhoeven@example.nl"));
  public static final DemoOrganisation MUNICIPALITY = new DemoOrganisation("gemeente-demo",
      "Gemeente Demo", Role.MUNICIPALITY,
      new DemoUser("gemeente", "Gerda", "Jansen", "gerda.jansen@example.nl"));
  public static final DemoOrganisation HOUSING_ASSOCIATION = new DemoOrganisation("corporatie-demo",
      "Woningcorporatie Demo", Role.HOUSING_ASSOCIATION,
      new DemoUser("corporatie", "Corrie", "de Vries", "corrie.devries@example.nl"));
  public static final DemoOrganisation INSTALLER = new DemoOrganisation("installateur-demo",
      "Installateur Demo", Role.INSTALLER,
      new DemoUser("installateur", "Ivo", "Bakker", "ivo.bakker@example.nl"));
  /** Installer of the indoor work package ({@link WorkPackage#INDOOR}). */
  public static final DemoOrganisation INDOOR_INSTALLER = new DemoOrganisation("installateur-binnen-demo",
      "Installateur Binnenwerk Demo", Role.INSTALLER,
      new DemoUser("binnen", "Bram", "Visser", "bram.visser@example.nl"));
  public static final DemoOrganisation HEAT_COOPERATIVE = new DemoOrganisation("cooperatie-demo",
      "Warmtecoöperatie Demo", Role.HEAT_COOPERATIVE,
      new DemoUser("cooperatie", "Coby", "Smit", "coby.smit@example.nl"));

  public static final List<DemoOrganisation> ALL = List.of(HEAT_COMPANY, MUNICIPALITY, HOUSING_ASSOCIATION,
      INSTALLER, INDOOR_INSTALLER, HEAT_COOPERATIVE);

  /** Member of {@value IdentitySetup#MANAGEMENT}: Cockpit, read only. */
  public static final DemoUser MANAGER = new DemoUser("manager", "Marieke", "Mulder", "marieke.mulder@example.nl");

  private DemoOrganisations() {}

  /** One organisation per role (the lead installer for {@link Role#INSTALLER}). */
  public static Map<Role, String> parties() {
    Map<Role, String> parties = new EnumMap<>(Role.class);
    List.of(HEAT_COMPANY, MUNICIPALITY, HOUSING_ASSOCIATION, INSTALLER, HEAT_COOPERATIVE)
        .forEach(o -> parties.put(o.role(), o.groupId()));
    return parties;
  }

  /** The indoor work goes to the second installer; the other packages stay with the lead installer. */
  public static Map<WorkPackage, String> installerPackages() {
    return Map.of(WorkPackage.INDOOR, INDOOR_INSTALLER.groupId());
  }
}
