package org.sanctionsengine.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where cases live: the port that a store implements. {@link CaseQueue} holds the rules. A store
 * records every case it opens and every step it applies in its audit log ({@link
 * CaseAudit#recordOf}), in the same transaction: a step is stored with its audit entry or not at
 * all.
 */
public interface CaseStore {
  /**
   * Stores a new case in state {@link CaseState#OPEN} with its opening event. Throws a {@link
   * org.sanctionsengine.StorageException} with reason {@code INTEGRITY} if an unresolved case for
   * the same customer and list entry exists (one opened concurrently): at most one per pair.
   */
  Case open(Alert alert, CaseEvent opened);

  /** The case with this id, with its whole history. */
  Optional<Case> find(long caseId);

  /** Cases in any of these states, oldest first, at most {@code limit}. */
  List<Case> list(Set<CaseState> states, int limit);

  /**
   * A cleared case for the same customer, the same list entry and the same entry version: the alert
   * was judged a false positive and the entry has not changed since.
   */
  Optional<Case> findCleared(Alert alert);

  /**
   * A case still under review (neither cleared nor confirmed) for the same customer and list entry,
   * whatever the entry version.
   */
  Optional<Case> findUnresolved(String customerId, String listEntryId);

  /**
   * A case closed as a true match for the same customer and list entry, whatever the entry version:
   * the customer stays flagged for that entry as long as it is listed.
   */
  Optional<Case> findConfirmed(String customerId, String listEntryId);

  /**
   * The audit entries of the case's steps, in sequence order, as the chain holds them (only entries
   * up to the stored head checkpoint): what {@link CaseLedger} replays to tell the case's state.
   */
  List<AuditEntry> auditTrail(long caseId);

  /**
   * Applies a step (and appends its audit entry) if the case is still in {@code transition.from()};
   * throws a {@link org.sanctionsengine.StorageException} with reason {@code CONFLICT} if another
   * reviewer moved it first.
   */
  void apply(CaseTransition transition);
}
