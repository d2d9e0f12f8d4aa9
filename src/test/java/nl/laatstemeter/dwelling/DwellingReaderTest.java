package nl.laatstemeter.dwelling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import nl.laatstemeter.form.FieldError;
import org.junit.jupiter.api.Test;

/** Reading dwellings from JSON and CSV: every bad row named with its place, nothing from a bad file. */
class DwellingReaderTest {

  static final String HEADER = "id;address;postcode;houseNumber;ownership;type;residentName;residentEmail\n";

  @Test
  void csvRowsBecomeDwellingsWithNormalisedPostcodeAndOptionalResident() {
    DwellingReader.Result r = DwellingReader.readCsv(HEADER
        + "w1;Warmtelaan;1234ab;1;PRIVATE;TERRACED;Jan Jansen;jan@example.nl\r\n"
        + "\n"
        + "w2;\"Laan; van de warmte\";1234 AB;2a;CORPORATE;PORCH_FLAT;;\n", Set.of());
    assertThat(r.valid()).isTrue();
    assertThat(r.dwellings()).extracting(Dwelling::id, Dwelling::address, Dwelling::postcode, Dwelling::hasEmail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("w1", "Warmtelaan", "1234 AB", true),
            org.assertj.core.groups.Tuple.tuple("w2", "Laan; van de warmte", "1234 AB", false));
  }

  @Test
  void everyBadCsvRowIsNamedByItsLineAndNothingIsRead() {
    DwellingReader.Result r = DwellingReader.readCsv(HEADER
        + "w1;Warmtelaan;1234 AB;1;PRIVATE;TERRACED;;\n"
        + "w2;Warmtelaan;12345;2;PRIVATE;TERRACED;;\n"
        + "w1;Warmtelaan;1234 AB;3;PRIVATE;VILLA;;geen-mail\n"
        + "w4;Warmtelaan;1234 AB\n"
        + "w5;Warmtelaan;1234 AB;5;PRIVATE;TERRACED;;\n", Set.of("w5"));
    assertThat(r.valid()).isFalse();
    assertThat(r.dwellings()).isEmpty();
    assertThat(r.errors()).extracting(FieldError::field).containsExactly(
        "line 3.postcode", "line 4.id", "line 4.type", "line 4.residentEmail", "line 5", "line 6.id");
    assertThat(r.errors().get(1).message()).contains("komt al voor");
    assertThat(r.errors().get(4).message()).contains("8 kolommen");
  }

  @Test
  void csvWithoutTheAgreedHeaderOrWithoutRowsIsRefused() {
    assertThat(DwellingReader.readCsv("id,address\nw1,Warmtelaan\n", Set.of()).errors())
        .extracting(FieldError::field).containsExactly("line 1");
    assertThat(DwellingReader.readCsv(HEADER, Set.of()).errors()).extracting(FieldError::field).containsExactly("$");
    assertThat(DwellingReader.readCsv("", Set.of()).errors()).extracting(FieldError::field).containsExactly("$");
  }

  @Test
  void jsonDwellingsAreNamedByTheirIndex() throws Exception {
    var json = new ObjectMapper().readTree("""
        [{"id": "w1", "address": "Warmtelaan", "postcode": "1234 AB", "houseNumber": "1", "ownership": "PRIVATE",
          "type": "TERRACED", "resident": {"name": "Jan", "email": "jan@example.nl"}},
         {"id": "w2", "address": "", "postcode": "1234 AB", "houseNumber": "2", "ownership": "OWNER",
          "type": "TERRACED", "resident": {"email": "fout"}}]""");
    DwellingReader.Result r = DwellingReader.readJson(json, Set.of());
    assertThat(r.dwellings()).isEmpty();
    assertThat(r.errors()).extracting(FieldError::field)
        .containsExactly("dwellings[1].address", "dwellings[1].ownership", "dwellings[1].resident.email");
  }
}
