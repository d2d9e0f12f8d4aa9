package nl.laatstemeter.dwelling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessInstances;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * How far the dwellings of a project are, counted with Camunda queries on each dwelling
 * instance's own variables {@code projectId}, {@code stage} and {@code sample}: never loads the
 * dwellings themselves, so it holds for 10,000 dwellings per project.
 *
 * <p>Whether a milestone is reached is asked each time a dwelling passes it or ends. Counting all
 * of the project's dwellings for that made a project's life cost the square of its dwellings
 * (each query reads every dwelling of the project). {@link #reached} therefore first looks at a
 * few dwellings that still had to pass the milestone when it last looked at all of them: while
 * one of those still has to, the milestone is not reached. See {@link #noneRemaining}.
 */
@Component
public class DwellingProgress {

  /** How many dwellings that must still pass a milestone are remembered per project and milestone. */
  static final int WITNESSES = 16;
  /** Projects and milestones remembered at most (the least recently asked are forgotten). */
  private static final int REMEMBERED = 512;

  /**
   * Project variable, true once the sign-up deadline has passed: from then on dwellings whose
   * owner has not decided no longer hold milestones up (they end NO_DECISION at the hand-over).
   */
  public static final String SIGN_UP_CLOSED = ProjectVariables.SIGN_UP_CLOSED;

  private final RuntimeService runtime;
  private final HistoryService history;
  private final SystemAccess system;
  private final ProcessInstances instances;
  /**
   * Per project and milestone: dwelling instances that had still to pass it when all were last
   * looked at. Only a hint of where to look first; every answer is read from the database.
   */
  private final Map<String, Set<String>> witnesses = Collections.synchronizedMap(
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
          return size() > REMEMBERED;
        }
      });

  public DwellingProgress(RuntimeService runtime, HistoryService history, SystemAccess system,
      ProcessInstances instances) {
    this.runtime = runtime;
    this.history = history;
    this.system = system;
    this.instances = instances;
  }

  /** Dwellings per stage, ended ones (closed, not connected) included. */
  public Map<DwellingStage, Long> perStage(String projectId) {
    return system.call(() -> {
      Map<DwellingStage, Long> counts = new EnumMap<>(DwellingStage.class);
      for (DwellingStage stage : DwellingStage.values()) {
        counts.put(stage, history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(ProcessKeys.DWELLING)
            .variableValueEquals(DwellingVariables.PROJECT_ID, projectId)
            .variableValueEquals(DwellingVariables.STAGE, stage.name())
            .count());
      }
      return counts;
    });
  }

  /** Dwellings that ended without being connected, per reason (each reason present, 0 included). */
  public Map<NotConnectedReason, Long> perNotConnectedReason(String projectId) {
    return system.call(() -> {
      Map<NotConnectedReason, Long> counts = new EnumMap<>(NotConnectedReason.class);
      for (NotConnectedReason reason : NotConnectedReason.values()) {
        counts.put(reason, history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(ProcessKeys.DWELLING)
            .variableValueEquals(DwellingVariables.PROJECT_ID, projectId)
            .variableValueEquals(NotConnectedReason.VARIABLE, reason.name())
            .count());
      }
      return counts;
    });
  }

  /** Running dwelling instances of the project. */
  public long running(String projectId) {
    return system.call(() -> activeOf(projectId).count());
  }

  /** Running dwelling instances of the project in one stage. */
  public long running(String projectId, DwellingStage stage) {
    return system.call(() -> activeOf(projectId).variableValueEquals(DwellingVariables.STAGE, stage.name()).count());
  }

  /** Dwellings that must still pass the milestone; 0 means it is reached. */
  public long remaining(String projectId, Milestone milestone) {
    return remaining(projectId, milestone, null);
  }

  /**
   * Dwellings that must still pass the milestone, not counting the given dwelling instance (one that
   * is ending now: the database still shows it as it was before this transaction). {@code connected}
   * and {@code globalInspected} count every running dwelling not yet past the milestone, dwellings
   * whose owner has not decided included until the sign-up deadline has passed (project variable
   * {@value #SIGN_UP_CLOSED}); {@code ended} counts every running dwelling.
   */
  public long remaining(String projectId, Milestone milestone, String exceptInstanceId) {
    return system.call(() -> {
      StillToPass rule = stillToPass(projectId, milestone);
      return count(rule.mustPass(), exceptInstanceId) - (rule.passed() == null ? 0 : count(rule.passed().get(), exceptInstanceId));
    });
  }

  /**
   * The milestone's rule, the one both the count ({@link #remaining}) and the look at a few
   * dwellings ({@link #noneRemaining}) follow: the running dwellings of {@code mustPass} must still
   * pass it, except those of {@code passed} (none when null; asked only when needed).
   */
  private record StillToPass(ProcessInstanceQuery mustPass, Supplier<ProcessInstanceQuery> passed) {}

  private StillToPass stillToPass(String projectId, Milestone milestone) {
    return switch (milestone) {
      case ended -> new StillToPass(activeOf(projectId), null);
      case connected -> new StillToPass(activeOf(projectId), () -> inStages(projectId, signUpClosed(projectId)
          ? List.of(DwellingStage.CONNECTED, DwellingStage.UNDECIDED) : List.of(DwellingStage.CONNECTED)));
      case globalInspected -> new StillToPass(inStages(projectId, signUpClosed(projectId)
          ? List.of(DwellingStage.SIGNED_UP) : List.of(DwellingStage.SIGNED_UP, DwellingStage.UNDECIDED)), null);
      default -> {
        ProcessInstanceQuery query = inStages(projectId, milestone.stagesBefore());
        if (milestone.sampleOnly()) {
          query.variableValueEquals(DwellingVariables.SAMPLE, true);
        }
        yield new StillToPass(query, null);
      }
    };
  }

  /** The query's count, without the given instance (when it matches). */
  private static long count(ProcessInstanceQuery query, String exceptInstanceId) {
    long all = query.count();
    return exceptInstanceId == null ? all : all - query.processInstanceId(exceptInstanceId).count();
  }

  private boolean signUpClosed(String projectId) {
    return Boolean.TRUE.equals(instances.projectVariable(projectId, SIGN_UP_CLOSED));
  }

  public boolean reached(String projectId, Milestone milestone) {
    return noneRemaining(projectId, milestone, null);
  }

  /**
   * Whether no dwelling must still pass the milestone, not counting the given dwelling instance
   * (one that is ending now, or null): the same answer as {@code remaining(…) == 0}, read from the
   * database, but without reading every dwelling of the project each time. A few of the dwellings
   * that had still to pass it when all were last read are remembered (chosen at random, so the
   * order in which dwellings pass does not matter); while one of them still has to, the answer is
   * no, which a query over those few shows. Only when none of them has to any more are all
   * dwellings read again (and a new few remembered): a project of n dwellings is read in whole
   * about log(n) times per milestone instead of once per dwelling that passes it.
   */
  public boolean noneRemaining(String projectId, Milestone milestone, String exceptInstanceId) {
    return system.call(() -> {
      String key = projectId + "/" + milestone.name();
      Set<String> known = witnesses.get(key);
      if (known != null && !known.isEmpty()) {
        Set<String> still = remainingIds(projectId, milestone, exceptInstanceId, known);
        if (!still.isEmpty()) {
          if (still.size() < known.size()) {
            witnesses.put(key, still);
          }
          return false;
        }
      }
      Set<String> all = remainingIds(projectId, milestone, exceptInstanceId, null);
      if (all.isEmpty()) {
        witnesses.remove(key);
        return true;
      }
      witnesses.put(key, sample(all));
      return false;
    });
  }

  /**
   * The running dwelling instances of the project that must still pass the milestone (as
   * {@link #remaining(String, Milestone, String)} counts them), without the given instance; only
   * among the given instances, or among all when {@code among} is null.
   */
  private Set<String> remainingIds(String projectId, Milestone milestone, String exceptInstanceId, Set<String> among) {
    StillToPass rule = stillToPass(projectId, milestone);
    Set<String> ids = ids(rule.mustPass(), among);
    if (rule.passed() != null && !ids.isEmpty()) {
      ids.removeAll(ids(rule.passed().get(), among));
    }
    if (exceptInstanceId != null) {
      ids.remove(exceptInstanceId);
    }
    return ids;
  }

  private static Set<String> ids(ProcessInstanceQuery query, Set<String> among) {
    if (among != null) {
      query.processInstanceIds(among);
    }
    Set<String> ids = new HashSet<>();
    query.list().forEach(instance -> ids.add(instance.getId()));
    return ids;
  }

  /** Running dwellings of the project in one of the stages (one query). */
  private ProcessInstanceQuery inStages(String projectId, Collection<DwellingStage> stages) {
    ProcessInstanceQuery query = activeOf(projectId);
    if (stages.size() == 1) {
      return query.variableValueEquals(DwellingVariables.STAGE, stages.iterator().next().name());
    }
    ProcessInstanceQuery either = query.or();
    stages.forEach(stage -> either.variableValueEquals(DwellingVariables.STAGE, stage.name()));
    return either.endOr();
  }

  private static Set<String> sample(Set<String> ids) {
    List<String> all = new ArrayList<>(ids);
    if (all.size() > WITNESSES) {
      Collections.shuffle(all, ThreadLocalRandom.current());
    }
    return new HashSet<>(all.subList(0, Math.min(WITNESSES, all.size())));
  }

  private ProcessInstanceQuery activeOf(String projectId) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DWELLING)
        .variableValueEquals(DwellingVariables.PROJECT_ID, projectId);
  }
}
