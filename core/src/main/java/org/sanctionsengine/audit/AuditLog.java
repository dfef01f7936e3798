package org.sanctionsengine.audit;

import java.util.List;
import java.util.function.Consumer;

/**
 * The append-only, hash-chained log of decisions: the port that a store implements (the {@code
 * storage} module's JDBC log, or an in-memory one in tests).
 *
 * <p>Appends are linear: whatever the number of concurrent callers, entries get consecutive
 * sequence numbers and each links to the one before. A call returns only once its entries are
 * durably committed; a call that fails wrote none of its entries.
 */
public interface AuditLog {
  /** Appends one decision; returns its entry once committed. */
  AuditEntry append(DecisionRecord record);

  /**
   * Appends decisions as one unit: consecutive entries, all committed or none. Returns them in the
   * order given.
   */
  List<AuditEntry> appendAll(List<DecisionRecord> records);

  /** Calls {@code action} with every entry from {@code fromSequence} on, in sequence order. */
  void forEach(long fromSequence, Consumer<AuditEntry> action);

  /** The last {@code count} entries, oldest first. */
  List<AuditEntry> last(int count);

  /** The head as the store recorded it apart from the entries (see {@link ChainCheckpoint}). */
  ChainCheckpoint checkpoint();

  /**
   * Reads the checkpoint and the whole log in one consistent snapshot and checks the chain with
   * {@link AuditChain#verify}. Concurrent appends are not seen half-way.
   */
  ChainVerification verify();
}
