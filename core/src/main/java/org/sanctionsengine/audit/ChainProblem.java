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
}
