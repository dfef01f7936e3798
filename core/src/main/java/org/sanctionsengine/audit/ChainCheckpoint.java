package org.sanctionsengine.audit;

/**
 * The head of the chain as the store recorded it, apart from the entries: the last sequence number
 * and its hash. It is written in the same transaction as each batch of entries, so removing the
 * last entries of the log (which leaves a shorter but valid chain) shows as a mismatch.
 *
 * @param sequence the sequence number of the last entry (0 for an empty log)
 * @param headHash the hash of that entry ({@link ChainHash#GENESIS} for an empty log)
 */
public record ChainCheckpoint(long sequence, ChainHash headHash) {
  /** The checkpoint of an empty log. */
  public static final ChainCheckpoint EMPTY = new ChainCheckpoint(0, ChainHash.GENESIS);

  public ChainCheckpoint {
    if (sequence < 0) {
      throw new IllegalArgumentException("a checkpoint sequence is never negative: " + sequence);
    }
  }
}
