package org.sanctionsengine.audit;

/** One thing wrong with the audit chain, named by the sequence number of the entry concerned. */
public sealed interface ChainProblem extends Comparable<ChainProblem> {
  /** The entry concerned (the first one for a range). */
  long sequence();

  /** One line for people: what is wrong with which entry. */
  String describe();

  @Override
  default int compareTo(ChainProblem other) {
    return Long.compare(sequence(), other.sequence());
  }

  /**
   * The entry stored at {@code sequence} is not what was recorded.
   *
   * @param sequence the entry
   * @param how what was found: content changed, stored hash changed, rewritten with a new hash
   */
  record Altered(long sequence, String how) implements ChainProblem {
    @Override
    public String describe() {
      return "entry " + sequence + " was altered: " + how;
    }
  }

  /**
   * Entry {@code sequence} is intact but stored in the place of entry {@code storedAt}.
   *
   * @param sequence the entry's true sequence number (the one its hash was made with)
   * @param storedAt where it was found
   */
  record Reordered(long sequence, long storedAt) implements ChainProblem {
    @Override
    public String describe() {
      return "entry " + sequence + " was moved: it is stored in the place of entry " + storedAt;
    }
  }

  /**
   * Entries {@code sequence} to {@code lastSequence} are missing.
   *
   * @param sequence the first missing entry
   * @param lastSequence the last missing entry (equal to {@code sequence} for one)
   */
  record Removed(long sequence, long lastSequence) implements ChainProblem {
    @Override
    public String describe() {
      return sequence == lastSequence
          ? "entry " + sequence + " was removed"
          : "entries " + sequence + " to " + lastSequence + " were removed";
    }
  }

  /**
   * Entries after the stored checkpoint: written past the log, not through it.
   *
   * @param sequence the first such entry
   * @param lastSequence the last one
   */
  record Added(long sequence, long lastSequence) implements ChainProblem {
    @Override
    public String describe() {
      return "entries "
          + sequence
          + " to "
          + lastSequence
          + " lie beyond the stored checkpoint: they were not written through the audit log";
    }
  }

  /**
   * A case whose stored row (its state, or its alert) is not what the chain's entries of that case
   * say: the row was changed outside the application. The chain is the record; the row is not
   * trusted (a cleared row the chain does not clear suppresses nothing).
   *
   * @param caseId the case
   * @param sequence the case's last audit entry, 0 if the chain has none
   * @param how what differs
   */
  record CaseDisagrees(long caseId, long sequence, String how) implements ChainProblem {
    @Override
    public String describe() {
      return "case " + caseId + " disagrees with the audit chain: " + how;
    }
  }
}
