package nl.laatstemeter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/**
 * The packages of the product, bottom to top: a package may use the packages below it, never one
 * above it, and no two packages use each other. At the bottom the infrastructure ({@code platform}),
 * the collaboration-form model ({@code form}) and the process contract ({@code contract}: keys,
 * variable names, business key, calendar); then the capabilities; {@code api}, {@code pages} and
 * {@code demo} on top. A new package must be given its place here.
 */
@AnalyzeClasses(packages = "nl.laatstemeter", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

  /** Bottom first. */
  static final List<String> LAYERS = List.of(
      "platform", "form", "contract",
      "identity", "routing", "advice", "duedate", "dwelling", "notification", "project", "access", "privacy", "ambitions",
      "api", "pages", "demo");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("nl.laatstemeter.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noPackageUsesAPackageAboveIt = layers();

  @ArchTest
  static final ArchRule everyPackageHasItsPlace = classes()
      .should().resideInAnyPackage(packages(LAYERS).toArray(String[]::new))
      .orShould().resideInAPackage("nl.laatstemeter")
      .because("every package needs its place in LAYERS (bottom to top)");

  private static ArchRule layers() {
    LayeredArchitecture layered = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String layer : LAYERS) {
      layered = layered.layer(layer).definedBy("nl.laatstemeter." + layer + "..");
    }
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      List<String> above = LAYERS.subList(i + 1, LAYERS.size());
      layered = layered.whereLayer(LAYERS.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
    }
    return layered.whereLayer(LAYERS.get(LAYERS.size() - 1)).mayNotBeAccessedByAnyLayer();
  }

  private static List<String> packages(List<String> layers) {
    return layers.stream().map(l -> "nl.laatstemeter." + l + "..").toList();
  }
}
