package org.sanctionsengine.audit;

import java.util.List;

/**
 * The result of verifying the audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param head the last entry read and its stored hash ({@link ChainCheckpoint#EMPTY} if none)
 * @param checkpoint the head as the store recorded it apart from the entries
 * @param problems every altered, reordered, removed or added entry, in sequence order; empty when
 *     the chain is valid
 */
public record ChainVerification(
    long entriesChecked,
    ChainCheckpoint head,
    ChainCheckpoint checkpoint,
    List<ChainProblem> problems) {
  public ChainVerification {
    problems = List.copyOf(problems);
  }

  /** Whether every entry is intact, in place, linked to the one before and the head matches. */
  public boolean isValid() {
    return problems.isEmpty();
  }
}
