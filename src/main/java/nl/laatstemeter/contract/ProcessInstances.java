package nl.laatstemeter.contract;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Finds the running project and dwelling instances by their business keys, as the system (a
 * caller's authorizations do not hide a project from the steps that need it). The one place that
 * knows how a project or dwelling is looked up.
 */
@Component
public class ProcessInstances {

  private final RuntimeService runtime;
  private final SystemAccess system;

  public ProcessInstances(RuntimeService runtime, SystemAccess system) {
    this.runtime = runtime;
    this.system = system;
  }

  /**
   * The running project instance with a business key, as the engine's process instance query by
   * definition key and business key finds it, written out: that query builds its SQL anew from a
   * mapping of some hundred conditions each time (about 2 ms, more than the variable read that
   * follows), and the project is looked up for every task of every dwelling (its routing reads the
   * project's form). Uses the index on the business key.
   */
  private static final String PROJECT_BY_BUSINESS_KEY = "SELECT RES.* FROM ACT_RU_EXECUTION RES "
      + "INNER JOIN ACT_RE_PROCDEF P ON RES.PROC_DEF_ID_ = P.ID_ "
      + "WHERE RES.BUSINESS_KEY_ = #{businessKey} AND RES.PARENT_ID_ IS NULL AND P.KEY_ = #{processKey}";

  /** The running project instance with this id (its business key), if any. */
  public Optional<ProcessInstance> runningProject(String projectId) {
    if (projectId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(system.call(() -> runtime.createNativeProcessInstanceQuery().sql(PROJECT_BY_BUSINESS_KEY)
        .parameter("businessKey", projectId).parameter("processKey", ProcessKeys.PROJECT).singleResult()));
  }

  /** The running dwelling instance with this key, if any. */
  public Optional<ProcessInstance> runningDwelling(BusinessKey key) {
    return Optional.ofNullable(system.call(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DWELLING).processInstanceBusinessKey(key.value()).singleResult()));
  }

  /** A variable of the running project; null when the project does not run or has no such variable. */
  public Object projectVariable(String projectId, String name) {
    return runningProject(projectId).map(p -> system.call(() -> runtime.getVariable(p.getId(), name))).orElse(null);
  }

  /**
   * A variable of the running project whose instance id the caller already knows (e.g. from the
   * transient {@value DwellingVariables#PROJECT_INSTANCE_ID} of a dwelling being started); without
   * that id, looked up by the project id.
   */
  public Object projectVariable(String projectId, Object projectInstanceId, String name) {
    if (projectInstanceId == null) {
      return projectVariable(projectId, name);
    }
    return system.call(() -> runtime.getVariable(projectInstanceId.toString(), name));
  }

  /** Some variables of the running project; empty when the project does not run. */
  public Map<String, Object> projectVariables(String projectId, Collection<String> names) {
    return runningProject(projectId).map(p -> system.call(() -> runtime.getVariables(p.getId(), names)))
        .orElse(Map.of());
  }
}
