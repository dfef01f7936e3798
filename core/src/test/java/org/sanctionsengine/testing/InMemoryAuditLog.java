package org.sanctionsengine.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sanctionsengine.audit.AuditChain;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.AuditLog;
import org.sanctionsengine.audit.ChainCheckpoint;
import org.sanctionsengine.audit.ChainVerification;
import org.sanctionsengine.audit.DecisionRecord;

/** An audit log in memory, for tests of code that records decisions. */
public final class InMemoryAuditLog implements AuditLog {
  private final List<AuditEntry> entries = new ArrayList<>();
  private final Clock clock;
  private ChainCheckpoint head = ChainCheckpoint.EMPTY;

  public InMemoryAuditLog(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized AuditEntry append(DecisionRecord record) {
    AuditEntry entry = AuditChain.next(head, clock.instant(), record);
    entries.add(entry);
    head = new ChainCheckpoint(entry.sequence(), entry.hash());
    return entry;
  }

  @Override
  public synchronized List<AuditEntry> appendAll(List<DecisionRecord> records) {
    return records.stream().map(this::append).toList();
  }

  @Override
  public synchronized void forEach(long fromSequence, Consumer<AuditEntry> action) {
    entries.stream().filter(e -> e.sequence() >= fromSequence).forEach(action);
  }

  @Override
  public synchronized List<AuditEntry> last(int count) {
    return List.copyOf(entries.subList(Math.max(0, entries.size() - count), entries.size()));
  }

  @Override
  public synchronized ChainCheckpoint checkpoint() {
    return head;
  }

  @Override
  public synchronized ChainVerification verify() {
    return AuditChain.verify(entries, head);
  }

  /** Every entry, in order. */
  public synchronized List<AuditEntry> entries() {
    return List.copyOf(entries);
  }
}
