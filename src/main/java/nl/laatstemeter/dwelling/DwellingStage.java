package nl.laatstemeter.dwelling;

import java.util.List;
import nl.laatstemeter.contract.DwellingVariables;

/**
 * Where a dwelling is in its process, kept in the dwelling instance's own variable
 * {@value DwellingVariables#STAGE} so the project can count dwellings per stage with Camunda queries
 * (DOMAIN.md section 7) without loading them. The BPMN sets it at its milestone events.
 */
public enum DwellingStage {
  /** Started; the owner has not decided yet. */
  UNDECIDED("Nog geen besluit"),
  /** The owner takes part (signed up). */
  SIGNED_UP("Aangemeld"),
  /** Global inspection done (inspection rounds TWICE). */
  GLOBAL_INSPECTED("Globaal geschouwd"),
  /** Inspected, or given the standard plan of its type (not in the SAMPLE). */
  INSPECTED("Geschouwd"),
  /** The owner agreed to the plan (under FULL also signed the indoor contract): waits for its planned date. */
  AGREED("Akkoord eigenaar"),
  /** Has its planned date and waits for it. */
  PLANNED("Gepland"),
  /** Its planned date has come: execution tasks open. */
  IN_EXECUTION("In uitvoering"),
  /** Commissioned: connected to the heat network; aftercare follows. */
  CONNECTED("Aangesloten"),
  /** Ended after aftercare. */
  CLOSED("Aangesloten, nazorg klaar"),
  /** Ended without being connected ("niet aangesloten"); why is in {@link NotConnectedReason}. */
  NOT_CONNECTED("Niet aangesloten");

  /** Stages of a dwelling that takes part and has not yet been connected. */
  public static final List<DwellingStage> PARTICIPATING_NOT_CONNECTED =
      List.of(SIGNED_UP, GLOBAL_INSPECTED, INSPECTED, AGREED, PLANNED, IN_EXECUTION);

  /** Stages of a dwelling that takes part and has not yet agreed to its plan. */
  public static final List<DwellingStage> NOT_YET_AGREED = List.of(SIGNED_UP, GLOBAL_INSPECTED, INSPECTED);

  /** Stages of a dwelling that agreed and may (again) be given a planned date by the train planning. */
  public static final List<DwellingStage> PLANNABLE = List.of(AGREED, PLANNED);

  /** Stages of a dwelling whose execution has begun: it may no longer withdraw, and a stop lets it finish. */
  public static final List<DwellingStage> EXECUTING = List.of(IN_EXECUTION, CONNECTED);

  private final String label;

  DwellingStage(String label) {
    this.label = label;
  }

  /** What a person reads for the stage (as the Cockpit plugin shows it). */
  public String label() {
    return label;
  }
}
