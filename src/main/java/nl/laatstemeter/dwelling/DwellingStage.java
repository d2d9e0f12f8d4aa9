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
  UNDECIDED,
  /** The owner takes part (signed up). */
  SIGNED_UP,
  /** Global inspection done (inspection rounds TWICE). */
  GLOBAL_INSPECTED,
  /** Inspected, or given the standard plan of its type (not in the SAMPLE). */
  INSPECTED,
  /** Has its planned date and waits for it. */
  PLANNED,
  /** Its planned date has come: execution tasks open. */
  IN_EXECUTION,
  /** Commissioned: connected to the heat network; aftercare follows. */
  CONNECTED,
  /** Ended after aftercare. */
  CLOSED,
  /** Ended: the owner declined ("niet aangesloten"). */
  DECLINED,
  /** Ended: the project was stopped ("niet aangesloten"). */
  STOPPED;

  /** Stages of a dwelling that takes part and has not yet been connected. */
  public static final List<DwellingStage> PARTICIPATING_NOT_CONNECTED =
      List.of(SIGNED_UP, GLOBAL_INSPECTED, INSPECTED, PLANNED, IN_EXECUTION);

  /** Stages of a dwelling that takes part and may still be given a planned date. */
  public static final List<DwellingStage> PLANNABLE = List.of(SIGNED_UP, GLOBAL_INSPECTED, INSPECTED, PLANNED);
}
