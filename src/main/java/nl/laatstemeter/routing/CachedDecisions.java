package nl.laatstemeter.routing;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.platform.TransactionMemory;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a decision through the engine's DecisionService,
 * without the user's authorizations: advice is a rule of the platform, not an action of the
 * logged-in user. Results are cached per decision version and inputs (decisions are pure
 * functions of their inputs; an evaluation with its history record costs milliseconds), so a
 * version deployed from Camunda Modeler takes effect at once. Which version is the latest is
 * looked up once per transaction: a job that starts a batch of dwellings routes all their first
 * tasks with one query instead of one per task.
 */
@Component
public class CachedDecisions {

  private static final int CACHE_SIZE = 1024;
  /** Transaction resource: per decision key the latest definition id seen in this transaction. */
  private static final Object LATEST_IN_TRANSACTION = new Object();

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final SystemAccess system;
  private final Map<Key, List<Map<String, Object>>> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, List<Map<String, Object>>> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  public CachedDecisions(DecisionService decisions, RepositoryService repository, SystemAccess system) {
    this.decisions = decisions;
    this.repository = repository;
    this.system = system;
  }

  /** The result rows of the latest version of decision {@code key} for these inputs. */
  public List<Map<String, Object>> evaluate(String key, Map<String, Object> inputs) {
    return system.call(() -> {
      String latest = latestDefinitionId(key);
      Key cacheKey = new Key(latest, Collections.unmodifiableMap(new HashMap<>(inputs)));
      synchronized (cache) {
        List<Map<String, Object>> hit = cache.get(cacheKey);
        if (hit != null) {
          return hit;
        }
      }
      List<Map<String, Object>> rows = decisions.evaluateDecisionById(latest).variables(inputs).evaluate()
          .getResultList().stream().map(row -> Collections.unmodifiableMap(new HashMap<>(row))).toList();
      synchronized (cache) {
        cache.put(cacheKey, rows);
      }
      return rows;
    });
  }

  /**
   * The id of the latest version of the decision; inside a transaction the answer of its first
   * question (a deployment in between is another transaction, seen by the next one).
   */
  private String latestDefinitionId(String key) {
    return TransactionMemory.<Map<String, String>>of(LATEST_IN_TRANSACTION, HashMap::new)
        .map(known -> known.computeIfAbsent(key, this::queryLatestDefinitionId))
        .orElseGet(() -> queryLatestDefinitionId(key));
  }

  private String queryLatestDefinitionId(String key) {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(key).latestVersion().withoutTenantId().singleResult();
    if (latest == null) {
      throw new ProcessEngineException("Beslissing '" + key + "' is niet uitgerold (zie processes/)");
    }
    return latest.getId();
  }

  private record Key(String decisionDefinitionId, Map<String, Object> inputs) {}

}
