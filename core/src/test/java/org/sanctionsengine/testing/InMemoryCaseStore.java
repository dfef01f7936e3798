package org.sanctionsengine.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanctionsengine.StorageException;
import org.sanctionsengine.audit.Alert;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.AuditLog;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.audit.CaseAudit;
import org.sanctionsengine.audit.CaseEvent;
import org.sanctionsengine.audit.CaseLedger;
import org.sanctionsengine.audit.CaseState;
import org.sanctionsengine.audit.CaseStore;
import org.sanctionsengine.audit.CaseTransition;

/** A case store in memory, for tests of the case rules; it audits into the given log. */
public final class InMemoryCaseStore implements CaseStore {
  private final Map<Long, Case> cases = new LinkedHashMap<>();
  private final AuditLog auditLog;

  public InMemoryCaseStore(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @Override
  public synchronized Case open(Alert alert, CaseEvent opened) {
    if (findUnresolved(alert.customerId(), alert.listEntryId()).isPresent()) {
      throw new StorageException(
          StorageException.Reason.INTEGRITY, "an unresolved case for this pair exists");
    }
    Case c = new Case(cases.size() + 1L, alert, CaseState.OPEN, List.of(opened));
    cases.put(c.id(), c);
    auditLog.append(CaseAudit.recordOf(c));
    return c;
  }

  @Override
  public synchronized Optional<Case> find(long caseId) {
    return Optional.ofNullable(cases.get(caseId));
  }

  @Override
  public synchronized List<Case> list(Set<CaseState> states, int limit) {
    return cases.values().stream().filter(c -> states.contains(c.state())).limit(limit).toList();
  }

  @Override
  public synchronized Optional<Case> findCleared(Alert alert) {
    return cases.values().stream()
        .filter(c -> c.state() == CaseState.CLEARED)
        .filter(c -> c.alert().customerId().equals(alert.customerId()))
        .filter(c -> c.alert().listEntryId().equals(alert.listEntryId()))
        .filter(c -> c.alert().entryVersion().equals(alert.entryVersion()))
        .findFirst();
  }

  @Override
  public synchronized Optional<Case> findUnresolved(String customerId, String listEntryId) {
    return cases.values().stream()
        .filter(c -> c.state().isUnresolved())
        .filter(c -> c.alert().customerId().equals(customerId))
        .filter(c -> c.alert().listEntryId().equals(listEntryId))
        .findFirst();
  }

  @Override
  public synchronized Optional<Case> findConfirmed(String customerId, String listEntryId) {
    return cases.values().stream()
        .filter(c -> c.state() == CaseState.CONFIRMED)
        .filter(c -> c.alert().customerId().equals(customerId))
        .filter(c -> c.alert().listEntryId().equals(listEntryId))
        .findFirst();
  }

  @Override
  public synchronized List<AuditEntry> auditTrail(long caseId) {
    List<AuditEntry> trail = new ArrayList<>();
    auditLog.forEach(
        1,
        e -> {
          if (CaseLedger.caseIdOf(e.record()).orElse(0L) == caseId) {
            trail.add(e);
          }
        });
    return trail;
  }

  /** Replaces a case's state behind the rules' back, as an SQL UPDATE would: for tamper tests. */
  public synchronized void tamper(long caseId, CaseState state) {
    Case c = cases.get(caseId);
    cases.put(caseId, new Case(c.id(), c.alert(), state, c.events()));
  }

  @Override
  public synchronized void apply(CaseTransition transition) {
    Case current = cases.get(transition.caseId());
    if (current == null || current.state() != transition.from()) {
      throw new StorageException(
          StorageException.Reason.CONFLICT, "case " + transition.caseId() + " moved meanwhile");
    }
    List<CaseEvent> events = new ArrayList<>(current.events());
    events.add(transition.event());
    Case after = new Case(current.id(), current.alert(), transition.to(), events);
    cases.put(current.id(), after);
    auditLog.append(CaseAudit.recordOf(after));
  }
}
