package nl.laatstemeter.platform;

import java.util.Optional;
import java.util.function.Consumer;
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
    return of(key, initial, value -> {});
  }

  /**
   * As {@link #of(Object, Supplier)}; {@code beforeCommit} gets the value just before the
   * transaction commits (still inside it), e.g. to write what was collected.
   */
  public static <T> Optional<T> of(Object key, Supplier<T> initial, Consumer<T> beforeCommit) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return Optional.empty();
    }
    Optional<T> known = existing(key);
    if (known.isPresent()) {
      return known;
    }
    T value = initial.get();
    TransactionSynchronizationManager.bindResource(key, value);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        beforeCommit.accept(value);
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
      }
    });
    return Optional.of(value);
  }

  /** The value bound to {@code key} in the current transaction, if one was made; never makes one. */
  @SuppressWarnings("unchecked")
  public static <T> Optional<T> existing(Object key) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return Optional.empty();
    }
    return Optional.ofNullable((T) TransactionSynchronizationManager.getResource(key));
  }
}
