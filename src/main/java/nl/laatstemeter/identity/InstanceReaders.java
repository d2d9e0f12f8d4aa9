package nl.laatstemeter.identity;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.platform.TransactionMemory;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.springframework.stereotype.Component;

/**
 * Lets an organisation read a project or dwelling instance it has a task in: Tasklist shows a
 * filter's variables (address, project) in the task list only to users who may read the task's
 * process instance, and the task itself does not give that. Reading is all it gets (no update,
 * no other instances: the projects of other organisations stay closed).
 */
@Component
public class InstanceReaders {

  private static final Object GRANTED_IN_TRANSACTION = new Object();
  /** Transaction resource: business keys of instances this transaction starts as the first of their key. */
  private static final Object NEW_IN_TRANSACTION = new Object();

  private final IdentityStore store;
  private final SystemAccess system;

  InstanceReaders(IdentityStore store, SystemAccess system) {
    this.store = store;
    this.system = system;
  }

  /**
   * The instances with these business keys are started in the running transaction and no instance
   * had these keys before (e.g. the dwellings of a start batch): nothing can have been granted on
   * them yet, so {@link #allowRead} grants without looking for an earlier grant.
   */
  public void startingFirstOfKeys(Collection<String> businessKeys) {
    TransactionMemory.<Set<String>>of(NEW_IN_TRANSACTION, HashSet::new).ifPresent(keys -> keys.addAll(businessKeys));
  }

  /**
   * Grants the group READ on the process instance (once; a second grant changes nothing). Grants of
   * the running transaction are remembered: the engine writes them only when it commits, so the
   * database does not show them to a second task of the same group (e.g. after a parallel split).
   * An instance announced by {@link #startingFirstOfKeys} gets its grant without a look-up.
   */
  public void allowRead(String groupId, String processInstanceId, String businessKey) {
    boolean first = TransactionMemory.<Set<String>>of(GRANTED_IN_TRANSACTION, HashSet::new)
        .map(granted -> granted.add(groupId + " " + processInstanceId)).orElse(true);
    if (!first) {
      return;
    }
    boolean brandNew = businessKey != null && TransactionMemory.<Set<String>>of(NEW_IN_TRANSACTION, HashSet::new)
        .map(keys -> keys.contains(businessKey)).orElse(false);
    system.run(() -> {
      if (brandNew) {
        store.grantGroupAnew(groupId, PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
      } else {
        store.grantGroup(groupId, PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
      }
    });
  }
}
