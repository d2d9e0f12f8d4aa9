package nl.laatstemeter.contract;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.platform.TransactionMemory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Finds the running project and dwelling instances by their business keys, as the system (a
 * caller's authorizations do not hide a project from the steps that need it). The one place that
 * knows how a project or dwelling is looked up.
 *
 * <p>A project's variables are read often within one transaction (a job that starts 25 dwellings
 * asks the project's flags and form for each of them): the running project's instance id is
 * remembered for the rest of the transaction once found, so the project is looked up once per
 * transaction instead of once per dwelling. A project not (yet) running is not remembered (it may
 * start later in the same transaction), and a remembered project that ended meanwhile is looked
 * up again.
 */
@Component
public class ProcessInstances {

  /** Transaction resource: project id to the id of its running instance, once found. */
  private static final Object PROJECTS_IN_TRANSACTION = new Object();

  private final RuntimeService runtime;
  private final SystemAccess system;

  public ProcessInstances(RuntimeService runtime, SystemAccess system) {
    this.runtime = runtime;
    this.system = system;
  }

  /** The running project instance with this id (its business key), if any. */
  public Optional<ProcessInstance> runningProject(String projectId) {
    if (projectId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(system.call(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROJECT).processInstanceBusinessKey(projectId).singleResult()));
  }

  /** The running dwelling instance with this key, if any. */
  public Optional<ProcessInstance> runningDwelling(BusinessKey key) {
    return Optional.ofNullable(system.call(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DWELLING).processInstanceBusinessKey(key.value()).singleResult()));
  }

  /** A variable of the running project; null when the project does not run or has no such variable. */
  public Object projectVariable(String projectId, String name) {
    return fromProject(projectId, id -> runtime.getVariable(id, name), null);
  }

  /** Some variables of the running project; empty when the project does not run. */
  public Map<String, Object> projectVariables(String projectId, Collection<String> names) {
    return fromProject(projectId, id -> runtime.getVariables(id, names), Map.of());
  }

  /**
   * What {@code read} gives for the running project's instance id, as the system; {@code none}
   * when the project does not run.
   */
  private <T> T fromProject(String projectId, Function<String, T> read, T none) {
    if (projectId == null) {
      return none;
    }
    Optional<Map<String, String>> known = TransactionMemory.of(PROJECTS_IN_TRANSACTION, HashMap::new);
    String remembered = known.map(ids -> ids.get(projectId)).orElse(null);
    if (remembered != null) {
      try {
        return system.call(() -> read.apply(remembered));
      } catch (NullValueException ended) {
        known.get().remove(projectId); // the project ended in this transaction: look again
      }
    }
    Optional<ProcessInstance> project = runningProject(projectId);
    if (project.isEmpty()) {
      return none;
    }
    known.ifPresent(ids -> ids.put(projectId, project.get().getId()));
    return system.call(() -> read.apply(project.get().getId()));
  }
}
