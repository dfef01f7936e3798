package org.sanctionsengine.audit;

import java.time.Instant;

/**
 * A decision record in its place in the chain. {@link #hash()} is {@code SHA-256(previousHash +
 * "\n" + canonical form)}, see {@link AuditChain}.
 *
 * @param sequence the position in the log, from 1, without gaps
 * @param recordedAt when the log accepted the record (microsecond precision, UTC)
 * @param record what was decided
 * @param previousHash the hash of entry {@code sequence - 1}, or {@link ChainHash#GENESIS}
 * @param hash this entry's hash
 */
public record AuditEntry(
    long sequence,
    Instant recordedAt,
    DecisionRecord record,
    ChainHash previousHash,
    ChainHash hash) {
  public AuditEntry {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1, found " + sequence);
    }
  }

  /** Whether the stored hash is the hash of the stored content (it says nothing of the links). */
  public boolean isSelfConsistent() {
    return AuditChain.hashOf(previousHash, sequence, recordedAt, record).equals(hash);
  }
}
