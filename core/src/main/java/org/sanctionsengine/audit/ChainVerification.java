package org.sanctionsengine.audit;

import java.util.List;

/**
 * The result of verifying the audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param head the last entry read and its stored hash ({@link ChainCheckpoint#EMPTY} if none)
 * @param checkpoint the head as the store recorded it apart from the entries
 * @param problems every altered, reordered, removed or added entry, in sequence order; empty when
 *     the chain is valid; includes cases whose stored row disagrees with the chain
 * @param notes findings that are not tampering but need an auditor's look: a case step taken with a
 *     key issued by someone who took another step of the same case ({@link FourEyesNotes})
 */
public record ChainVerification(
    long entriesChecked,
    ChainCheckpoint head,
    ChainCheckpoint checkpoint,
    List<ChainProblem> problems,
    List<String> notes) {
  public ChainVerification {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  public ChainVerification(
      long entriesChecked,
      ChainCheckpoint head,
      ChainCheckpoint checkpoint,
      List<ChainProblem> problems) {
    this(entriesChecked, head, checkpoint, problems, List.of());
  }

  /** This result with the cases' problems and the four-eyes notes added. */
  public ChainVerification withCases(List<ChainProblem> caseProblems, List<String> caseNotes) {
    List<ChainProblem> all = new java.util.ArrayList<>(problems);
    all.addAll(caseProblems);
    List<String> allNotes = new java.util.ArrayList<>(notes);
    allNotes.addAll(caseNotes);
    return new ChainVerification(entriesChecked, head, checkpoint, all, allNotes);
  }

  /**
   * Whether every entry is intact, in place, linked to the one before, the head matches, and every
   * case's row agrees with the chain.
   */
  public boolean isValid() {
    return problems.isEmpty();
  }
}
