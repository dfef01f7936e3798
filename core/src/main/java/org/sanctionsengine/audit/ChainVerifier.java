package org.sanctionsengine.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Walks the entries once, in the order the store returns them (by sequence number), keeping only
 * the entries that fail their own hash. Those are resolved at the end: an entry whose hash comes
 * out right under another sequence number was moved there; one that fits nowhere was altered.
 */
final class ChainVerifier implements AuditChain.EntrySink {
  /** Beyond this many suspect entries or missing numbers we stop trying to match moved entries. */
  private static final int RECOVERY_LIMIT = 10_000;

  private final ChainCheckpoint stored;
  private final List<AuditEntry> suspects = new ArrayList<>();
  private final Map<Long, ChainHash> successorLinks = new HashMap<>();
  private final TreeSet<Long> missing = new TreeSet<>();
  private final List<ChainProblem> problems = new ArrayList<>();
  private long previousSequence;
  private @Nullable ChainHash previousHash;
  private boolean previousIntact;
  private @Nullable ChainHash hashAtCheckpoint;
  private long checked;

  ChainVerifier(ChainCheckpoint stored) {
    this.stored = stored;
  }

  @Override
  public void accept(AuditEntry entry) {
    if (!place(entry.sequence())) {
      return;
    }
    if (previousSequence == entry.sequence() - 1 && !previousIntact && previousSequence > 0) {
      successorLinks.put(previousSequence, entry.previousHash());
    }
    boolean intact = entry.isSelfConsistent();
    if (intact) {
      checkLink(entry);
    } else if (suspects.size() < RECOVERY_LIMIT) {
      suspects.add(entry);
    } else {
      problems.add(new ChainProblem.Altered(entry.sequence(), "its hash does not match"));
    }
    if (entry.sequence() == stored.sequence()) {
      hashAtCheckpoint = entry.hash();
    }
    previousSequence = entry.sequence();
    previousHash = entry.hash();
    previousIntact = intact;
  }

  @Override
  public void acceptUnreadable(long sequence, String why) {
    if (!place(sequence)) {
      return;
    }
    problems.add(new ChainProblem.Altered(sequence, "its stored fields are not valid: " + why));
    previousSequence = sequence;
    previousHash = null;
    previousIntact = false;
  }

  /** Counts the entry and notes the gap before it; false if it comes out of order. */
  private boolean place(long sequence) {
    checked++;
    long expected = previousSequence + 1;
    if (sequence < expected) {
      problems.add(new ChainProblem.Reordered(sequence, expected));
      return false;
    }
    markMissing(expected, sequence - 1);
    return true;
  }

  private void checkLink(AuditEntry entry) {
    if (entry.sequence() == 1 && !entry.previousHash().equals(ChainHash.GENESIS)) {
      problems.add(
          new ChainProblem.Altered(1, "it does not start from the genesis hash (64 zeros)"));
    } else if (previousIntact
        && previousSequence == entry.sequence() - 1
        && !entry.previousHash().equals(previousHash)) {
      problems.add(
          new ChainProblem.Altered(
              previousSequence,
              "it was rewritten with a recomputed hash, but entry "
                  + entry.sequence()
                  + " still links to the original"));
    }
  }

  private void markMissing(long from, long to) {
    if (to < from) {
      return;
    }
    if (to - from + 1 + missing.size() > RECOVERY_LIMIT) {
      problems.add(new ChainProblem.Removed(from, to));
    } else {
      for (long sequence = from; sequence <= to; sequence++) {
        missing.add(sequence);
      }
    }
  }

  ChainVerification finish() {
    long end = previousSequence;
    checkCheckpoint(end);
    resolveSuspects();
    ranges(missing).forEach(problems::add);
    problems.sort(null);
    ChainHash lastHash = previousHash;
    ChainCheckpoint head =
        end == 0 || lastHash == null ? ChainCheckpoint.EMPTY : new ChainCheckpoint(end, lastHash);
    return new ChainVerification(checked, head, stored, problems);
  }

  private void checkCheckpoint(long end) {
    if (stored.sequence() > end) {
      markMissing(end + 1, stored.sequence());
    } else if (stored.sequence() < end) {
      problems.add(new ChainProblem.Added(stored.sequence() + 1, end));
    }
    ChainHash atCheckpoint = hashAtCheckpoint;
    if (atCheckpoint != null && previousIntact && !atCheckpoint.equals(stored.headHash())) {
      problems.add(
          new ChainProblem.Altered(
              stored.sequence(), "its hash differs from the head hash the store recorded"));
    }
  }

  private void resolveSuspects() {
    TreeSet<Long> candidates = new TreeSet<>(missing);
    suspects.forEach(s -> candidates.add(s.sequence()));
    if ((long) candidates.size() * suspects.size() > RECOVERY_LIMIT * 100L) {
      candidates.clear(); // too many to pair up: look only at the neighbouring places
    }
    for (AuditEntry suspect : suspects) {
      Long moved = trueSequence(suspect, candidates);
      if (moved != null) {
        problems.add(new ChainProblem.Reordered(moved, suspect.sequence()));
        missing.remove(moved);
        missing.add(suspect.sequence());
      } else {
        problems.add(new ChainProblem.Altered(suspect.sequence(), howAltered(suspect)));
      }
    }
    // A place that holds a moved entry is missing only if its own entry was found nowhere.
    problems.stream()
        .filter(ChainProblem.Reordered.class::isInstance)
        .forEach(p -> missing.remove(p.sequence()));
  }

  private static @Nullable Long trueSequence(AuditEntry suspect, TreeSet<Long> candidates) {
    TreeSet<Long> tried = new TreeSet<>(candidates);
    tried.add(suspect.sequence() - 1);
    tried.add(suspect.sequence() + 1);
    tried.remove(suspect.sequence());
    for (Long candidate : tried) {
      if (candidate >= 1
          && AuditChain.hashOf(
                  suspect.previousHash(), candidate, suspect.recordedAt(), suspect.record())
              .equals(suspect.hash())) {
        return candidate;
      }
    }
    return null;
  }

  private String howAltered(AuditEntry suspect) {
    ChainHash recomputed =
        AuditChain.hashOf(
            suspect.previousHash(), suspect.sequence(), suspect.recordedAt(), suspect.record());
    if (recomputed.equals(successorLinks.get(suspect.sequence()))) {
      return "its stored hash was changed (its content still matches the link from entry "
          + (suspect.sequence() + 1)
          + ")";
    }
    return "its content or its link to the entry before was changed (the stored hash no longer"
        + " matches)";
  }

  private static List<ChainProblem.Removed> ranges(TreeSet<Long> sequences) {
    List<ChainProblem.Removed> ranges = new ArrayList<>();
    Long start = null;
    Long end = null;
    for (Long sequence : sequences) {
      if (start != null && end != null && sequence == end + 1) {
        end = sequence;
        continue;
      }
      if (start != null && end != null) {
        ranges.add(new ChainProblem.Removed(start, end));
      }
      start = sequence;
      end = sequence;
    }
    if (start != null && end != null) {
      ranges.add(new ChainProblem.Removed(start, end));
    }
    return ranges;
  }
}
