package nl.laatstemeter.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Forms in {@code forms/} name the options of the collaboration form with the words
 * of the one Dutch vocabulary ({@link DutchNames}): the label before the dash is the option's
 * label, the page and the form's description use the same.
 */
class FormLabelsTest {

  /** Form field key to the enum of its options; a role field's options are roles. */
  private static final Map<String, Class<? extends Enum<?>>> OPTION_FIELDS = Map.ofEntries(
      Map.entry("coordinationMode", BuildingBlocks.CoordinationMode.class),
      Map.entry("structure", BuildingBlocks.Structure.class),
      Map.entry("heatCompanyScope", BuildingBlocks.HeatCompanyScope.class),
      Map.entry("installerTiming", BuildingBlocks.InstallerTiming.class),
      Map.entry("installerCount", BuildingBlocks.InstallerCount.class),
      Map.entry("inspectionScope", BuildingBlocks.InspectionScope.class),
      Map.entry("inspectionParties", BuildingBlocks.InspectionParties.class),
      Map.entry("inspectionRounds", BuildingBlocks.InspectionRounds.class),
      Map.entry("tenderMethod", BuildingBlocks.TenderMethod.class),
      Map.entry("communicationApproach", BuildingBlocks.CommunicationApproach.class),
      Map.entry("heatCompanyType", CollaborationForm.HeatCompanyType.class),
      Map.entry("approach", CollaborationForm.Approach.class),
      Map.entry("coordinator", Role.class),
      Map.entry("initiator", Role.class),
      Map.entry("inspectionParty", Role.class),
      Map.entry("inspectionCompanion", Role.class),
      Map.entry("communicationParty", Role.class));

  private record Option(String form, String field, String value, String label) {}

  @Test
  void everyOptionOfTheCollaborationFormIsLabelledAsTheVocabularySaysInEveryForm() throws IOException {
    List<Option> options = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        collect(json.readTree(form.toFile()), form.getFileName().toString(), options);
      }
    }
    assertThat(options).as("options of the collaboration form in forms/*.form").hasSizeGreaterThan(50);
    for (Option o : options) {
      String label = o.label().split(" — ", 2)[0];
      assertThat(label).as(o.form() + " " + o.field() + " " + o.value()).isEqualTo(expected(o.field(), o.value()));
    }
  }

  @Test
  void everyOptionHasALabel() {
    OPTION_FIELDS.values().stream().filter(c -> c != Role.class).distinct().forEach(type -> {
      for (Enum<?> value : type.getEnumConstants()) {
        assertThat(DutchNames.option(value)).as(value.toString()).isNotBlank();
      }
    });
  }

  private static String expected(String field, String value) {
    Class<? extends Enum<?>> type = field.startsWith("byPhase") ? Role.class : OPTION_FIELDS.get(field);
    for (Enum<?> constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant instanceof Role role ? DutchNames.roleLabel(role) : DutchNames.option(constant);
      }
    }
    throw new AssertionError(field + " has no option " + value);
  }

  private static void collect(JsonNode node, String form, List<Option> options) {
    if (node.isObject()) {
      String key = node.path("key").asText("");
      if (node.has("values") && (OPTION_FIELDS.containsKey(key) || key.startsWith("byPhase"))) {
        for (JsonNode v : node.get("values")) {
          if (!v.path("value").asText("").isEmpty()) {
            options.add(new Option(form, key, v.get("value").asText(), v.path("label").asText()));
          }
        }
      }
      node.forEach(child -> collect(child, form, options));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, form, options));
    }
  }
}
