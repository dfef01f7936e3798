package org.sanctionsengine.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sanctionsengine.StorageException;

/**
 * The case workflow: raises alerts into cases (unless a cleared false positive suppresses them),
 * and applies reviewers' steps under the rules of {@link Case}. The store records every step in the
 * audit log as well, in the same transaction ({@link CaseAudit}).
 */
public final class CaseQueue {
  private final CaseStore store;
  private final Clock clock;

  public CaseQueue(CaseStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Opens a case for the alert, unless the same customer, entry and entry version were cleared
   * (suppressed) or a case for the same customer and entry is still under review.
   */
  public Raised raise(Alert alert) {
    Optional<Case> cleared = store.findCleared(alert);
    if (cleared.isPresent()) {
      return new Raised.Suppressed(cleared.get());
    }
    Optional<Case> unresolved = store.findUnresolved(alert.customerId(), alert.listEntryId());
    if (unresolved.isPresent()) {
      return new Raised.AlreadyOpen(unresolved.get());
    }
    return open(alert);
  }

  private Raised open(Alert alert) {
    CaseEvent opened =
        new CaseEvent(
            CaseAction.OPENED,
            Reviewer.ENGINE,
            clock.instant(),
            "match score " + alert.score() + " at or above the review threshold");
    try {
      return new Raised.Opened(store.open(alert, opened));
    } catch (StorageException e) {
      // Raised concurrently by another request: the store admits one unresolved case per pair.
      Optional<Case> winner = store.findUnresolved(alert.customerId(), alert.listEntryId());
      if (e.reason() != StorageException.Reason.INTEGRITY || winner.isEmpty()) {
        throw e;
      }
      return new Raised.AlreadyOpen(winner.get());
    }
  }

  public Case escalate(long caseId, Reviewer reviewer, String reason) {
    return step(caseId, c -> c.escalate(reviewer, reason, clock.instant()));
  }

  public Case proposeClearance(long caseId, Reviewer reviewer, String reason) {
    return step(caseId, c -> c.proposeClearance(reviewer, reason, clock.instant()));
  }

  public Case confirmClearance(long caseId, Reviewer reviewer, String reason) {
    return step(caseId, c -> c.confirmClearance(reviewer, reason, clock.instant()));
  }

  /** The case with this id; a clear error if there is none. */
  public Case find(long caseId) {
    return store
        .find(caseId)
        .orElseThrow(
            () ->
                new CaseTransitionException(
                    "There is no case "
                        + caseId
                        + " in this store. List the cases with `sanctions cases list` (and check"
                        + " --db if you use more than one store)."));
  }

  public List<Case> list(Set<CaseState> states, int limit) {
    return store.list(states, limit);
  }

  private Case step(long caseId, UnaryOperator<Case> rule) {
    Case before = find(caseId);
    Case after = rule.apply(before);
    store.apply(new CaseTransition(before, after));
    return after;
  }
}
