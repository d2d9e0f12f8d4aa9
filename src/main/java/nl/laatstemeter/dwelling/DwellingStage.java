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
  /** The owner agreed to the plan (under FULL also signed the indoor contract): waits for its planned date. */
  AGREED,
  /** Has its planned date and waits for it. */
  PLANNED,
  /** Its planned date has come: execution tasks open. */
  IN_EXECUTION,
  /** Commissioned: connected to the heat network; aftercare follows. */
  CONNECTED,
  /** Ended after aftercare. */
  CLOSED,
  /** Ended without being connected ("niet aangesloten"); why is in {@link NotConnectedReason}. */
  NOT_CONNECTED;

  /** Stages of a dwelling that takes part and has not yet been connected. */
  public static final List<DwellingStage> PARTICIPATING_NOT_CONNECTED =
      List.of(SIGNED_UP, GLOBAL_INSPECTED, INSPECTED, AGREED, PLANNED, IN_EXECUTION);

  /** Stages of a dwelling that takes part and has not yet agreed to its plan. */
  public static final List<DwellingStage> NOT_YET_AGREED = List.of(SIGNED_UP, GLOBAL_INSPECTED, INSPECTED);

  /** Stages of a dwelling that agreed and may (again) be given a planned date by the train planning. */
  public static final List<DwellingStage> PLANNABLE = List.of(AGREED, PLANNED);

  /** Stages of a dwelling whose execution has begun: it may no longer withdraw, and a stop lets it finish. */
  public static final List<DwellingStage> EXECUTING = List.of(IN_EXECUTION, CONNECTED);
}
