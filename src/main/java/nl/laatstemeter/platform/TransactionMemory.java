package nl.laatstemeter.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Something remembered for the rest of the current Spring transaction (the engine's commands run
 * in one), forgotten when it completes: e.g. what a job that starts 25 dwellings has already
 * looked up or written and the database does not show yet.
 */
public final class TransactionMemory {

  private TransactionMemory() {}

  /**
   * The value bound to {@code key} in the current transaction, made by {@code initial} at its
   * first use; empty outside a transaction.
   */
  public static <T> Optional<T> of(Object key, Supplier<T> initial) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    T value = (T) TransactionSynchronizationManager.getResource(key);
    if (value == null) {
      value = initial.get();
      TransactionSynchronizationManager.bindResource(key, value);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
      });
    }
    return Optional.of(value);
  }
}
