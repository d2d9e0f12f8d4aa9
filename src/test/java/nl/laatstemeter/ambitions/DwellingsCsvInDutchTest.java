package nl.laatstemeter.ambitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.laatstemeter.dwelling.DwellingStage;
import nl.laatstemeter.dwelling.NotConnectedReason;
import org.junit.jupiter.api.Test;

/**
 * The dwellings CSV of the ambitions keeps the codes of DOMAIN.md section 8 and adds, for the
 * person who opens it, the stage in Dutch: a dwelling that was not connected says why.
 */
class DwellingsCsvInDutchTest {

  @Test
  void aDwellingThatWasNotConnectedReadsItsStageAndItsReasonInDutch() {
    DwellingFigures.Row withdrawn = row(DwellingStage.NOT_CONNECTED.name(), NotConnectedReason.WITHDRAWN.name(), null);
    assertThat(AmbitionsController.dutchStage(withdrawn)).isEqualTo("Niet aangesloten: Teruggetrokken");
  }

  @Test
  void everyStageAndReasonHasADutchLabelOfItsOwn() {
    assertThat(DwellingStage.values()).extracting(DwellingStage::label).doesNotHaveDuplicates()
        .allSatisfy(label -> assertThat(label).isNotBlank().doesNotContain(";").doesNotContain("_"));
    assertThat(NotConnectedReason.values()).extracting(NotConnectedReason::label).doesNotHaveDuplicates()
        .allSatisfy(label -> assertThat(label).isNotBlank().doesNotContain(";").doesNotContain("_"));
    assertThat(AmbitionsController.dutchStage(row(DwellingStage.CLOSED.name(), null, LocalDate.now())))
        .isEqualTo("Aangesloten, nazorg klaar");
    assertThat(AmbitionsController.dutchStage(row(null, null, null))).isEmpty();
  }

  private static DwellingFigures.Row row(String stage, String reason, LocalDate connectedDay) {
    return new DwellingFigures.Row("w-1", stage, reason, true, null, 1, 2, 1, 0, connectedDay, connectedDay != null, null);
  }
}
