package nl.laatstemeter.dwelling;

import java.util.List;

/**
 * A point the project waits for until every dwelling that counts has passed it
 * (docs/process-contract.md): the dwelling that passes it last correlates {@link #message()}
 * to the project.
 */
public enum Milestone {
  /** Every sample dwelling inspected (inspection scope SAMPLE). */
  sampleInspected("AllSampleInspected", List.of(DwellingStage.SIGNED_UP, DwellingStage.GLOBAL_INSPECTED), true),
  /** Every global inspection done (inspection rounds TWICE). */
  globalInspected("AllGlobalInspected", List.of(DwellingStage.SIGNED_UP), false),
  /** Every dwelling connected or ended (undecided ones count until the sign-up deadline has passed). */
  connected("AllDwellingsConnected", DwellingStage.PARTICIPATING_NOT_CONNECTED, false),
  /** Every participating dwelling agreed to its plan (under FULL: signed the indoor contract) or ended: trains may be planned. */
  planTrains("AllDwellingsAgreed", DwellingStage.NOT_YET_AGREED, false),
  /** Every dwelling of the project ended (aftercare included): nothing of the project is left running. */
  ended("AllDwellingsEnded", List.of(DwellingStage.values()), false);

  private final String message;
  private final List<DwellingStage> before;
  private final boolean sampleOnly;

  Milestone(String message, List<DwellingStage> before, boolean sampleOnly) {
    this.message = message;
    this.before = before;
    this.sampleOnly = sampleOnly;
  }

  /** The message correlated to the project (business key = project id) once it is reached. */
  public String message() {
    return message;
  }

  /** The stages of a dwelling that has not yet passed this milestone but must. */
  public List<DwellingStage> stagesBefore() {
    return before;
  }

  /** Whether only sample dwellings (variable {@code sample} = true) count. */
  public boolean sampleOnly() {
    return sampleOnly;
  }

  public static Milestone of(String name) {
    for (Milestone m : values()) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("Onbekende mijlpaal '" + name + "'; kies uit sampleInspected, globalInspected, connected, planTrains, ended");
  }
}
