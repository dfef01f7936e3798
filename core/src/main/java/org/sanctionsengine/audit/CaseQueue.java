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
    Optional<Case> confirmed = store.findConfirmed(alert.customerId(), alert.listEntryId());
    if (confirmed.isPresent()) {
      return new Raised.Confirmed(confirmed.get());
    }
    Optional<Case> cleared = store.findCleared(alert);
    if (cleared.isPresent() && isClearedByTheChain(cleared.get())) {
      return new Raised.Suppressed(cleared.get());
    }
    Optional<Case> unresolved = store.findUnresolved(alert.customerId(), alert.listEntryId());
    if (unresolved.isPresent()) {
      return new Raised.AlreadyOpen(unresolved.get());
    }
    return open(alert);
  }

  /**
   * Whether the audit chain, not only the case's row, says the case was cleared for this alert. A
   * row changed outside the application (an SQL {@code UPDATE} to {@code cleared}, another entry
   * version) suppresses nothing: the alert is raised again (decision 0042).
   */
  public boolean isClearedByTheChain(Case c) {
    return chainSays(c).isEmpty() && c.state() == CaseState.CLEARED;
  }

  /**
   * How the case's row disagrees with what its audit entries say, if it does. Only entries whose
   * hash matches their content count; {@code audit verify} reports the others.
   */
  public Optional<String> chainSays(Case c) {
    CaseLedger ledger = new CaseLedger();
    store.auditTrail(c.id()).stream().filter(AuditEntry::isSelfConsistent).forEach(ledger::accept);
    return ledger.disagreement(c.id(), c.alert(), c.state());
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

  public Case proposeMatch(long caseId, Reviewer reviewer, String reason) {
    return step(caseId, c -> c.proposeMatch(reviewer, reason, clock.instant()));
  }

  /** Confirms the proposed disposition (clearance or true match) under four eyes. */
  public Case confirm(long caseId, Reviewer reviewer, String reason) {
    return step(caseId, c -> c.confirm(reviewer, reason, clock.instant()));
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
