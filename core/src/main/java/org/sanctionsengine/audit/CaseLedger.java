package org.sanctionsengine.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsengine.access.Issuer;

/**
 * What the audit chain says of cases and keys, replayed from its entries: for each case its alert
 * (customer, list entry, entry version), its steps and so its state; for each key its holder and
 * issuer. The chain is the record; a case's row in the store is only a copy for queries, and a row
 * that disagrees with the chain is not to be trusted
 * (docs/decisions/0042-case-state-from-chain.md).
 *
 * <p>Feed it entries in sequence order with {@link #accept}; entries of other kinds are ignored.
 */
public final class CaseLedger {
  /**
   * A case as the chain tells it.
   *
   * @param caseId the case
   * @param customerId the customer of its alert
   * @param listEntryId the list entry of its alert
   * @param entryVersion the entry's version when the alert was raised
   * @param steps its steps, oldest first; the first is its opening
   */
  public record ChainedCase(
      long caseId,
      String customerId,
      String listEntryId,
      String entryVersion,
      List<FourEyesNotes.Step> steps) {
    public ChainedCase {
      steps = List.copyOf(steps);
    }

    /** The state the steps lead to. */
    public CaseState state() {
      return steps.get(steps.size() - 1).action().leadsTo();
    }

    /** The audit entries of its steps. */
    public List<Long> sequences() {
      return steps.stream().map(FourEyesNotes.Step::sequence).toList();
    }
  }

  private final Map<Long, ChainedCase> cases = new LinkedHashMap<>();
  private final Map<Long, Issuer> issuers = new LinkedHashMap<>();
  private final List<String> unreadable = new ArrayList<>();

  /** Takes in one entry of the chain (entries of other kinds are ignored). */
  public void accept(AuditEntry entry) {
    DecisionRecord record = entry.record();
    try {
      switch (record.kind()) {
        case CASE_REVIEW -> acceptStep(entry.sequence(), record);
        case KEY_ISSUED -> acceptKey(record);
        case PARTY_SCREENING, TRANSACTION_CHECK, BATCH_SCREENING, KEY_REVOKED -> {
          // not about a case's state or a key's issuer
        }
      }
    } catch (RuntimeException e) {
      // The entry hashes correctly (or the verifier reports it), but does not read as a step:
      // written by a bug, not by tampering. Say so rather than stop the replay.
      unreadable.add("entry " + entry.sequence() + " does not read as a " + record.kind().code());
    }
  }

  private void acceptStep(long sequence, DecisionRecord record) {
    JsonNode subject = record.subject().tree();
    JsonNode step = record.decision().tree();
    long caseId = subject.get("case").asLong();
    Reviewer reviewer = new Reviewer(step.get("reviewer").asText(), step.path("key").asLong(0));
    FourEyesNotes.Step taken =
        new FourEyesNotes.Step(CaseAction.parse(step.get("action").asText()), sequence, reviewer);
    ChainedCase known = cases.get(caseId);
    List<FourEyesNotes.Step> steps = new ArrayList<>(known == null ? List.of() : known.steps());
    steps.add(taken);
    cases.put(
        caseId,
        new ChainedCase(
            caseId,
            subject.get("customerId").asText(),
            subject.get("listEntryId").asText(),
            subject.get("entryVersion").asText(),
            steps));
  }

  private void acceptKey(DecisionRecord record) {
    JsonNode subject = record.subject().tree();
    JsonNode by = record.decision().tree();
    issuers.put(
        subject.get("key").asLong(), new Issuer(by.get("byKey").asLong(), by.get("by").asText()));
  }

  /** The case as the chain tells it, if the chain knows it. */
  public Optional<ChainedCase> chained(long caseId) {
    return Optional.ofNullable(cases.get(caseId));
  }

  /** Every case the chain knows, by id. */
  public Map<Long, ChainedCase> cases() {
    return Map.copyOf(cases);
  }

  /** The issuer of a key as the chain recorded it. */
  public Optional<Issuer> issuerOf(long keyId) {
    return Optional.ofNullable(issuers.get(keyId));
  }

  /** Entries of a case or key kind that did not read as one. */
  public List<String> unreadable() {
    return List.copyOf(unreadable);
  }

  /**
   * How a case's stored row disagrees with the chain, if it does: the chain has no such case, or
   * tells another alert or another state.
   */
  public Optional<String> disagreement(long caseId, Alert alert, CaseState state) {
    ChainedCase chained = cases.get(caseId);
    if (chained == null) {
      return Optional.of(
          "the store has it ("
              + state.code()
              + ") but the audit chain has no entry for it: it was not opened through the"
              + " application");
    }
    List<String> differences = new ArrayList<>();
    differ(differences, "state", state.code(), chained.state().code());
    differ(differences, "customer", alert.customerId(), chained.customerId());
    differ(differences, "list entry", alert.listEntryId(), chained.listEntryId());
    differ(differences, "entry version", alert.entryVersion(), chained.entryVersion());
    if (differences.isEmpty()) {
      return Optional.empty();
    }
    List<Long> sequences = chained.sequences();
    return Optional.of(
        String.join(", ", differences)
            + " (audit entries "
            + sequences.get(0)
            + (sequences.size() > 1 ? " to " + sequences.get(sequences.size() - 1) : "")
            + ")");
  }

  private static void differ(List<String> into, String what, String stored, String chained) {
    if (!stored.equals(chained)) {
      into.add("the store says " + what + " '" + stored + "', the chain '" + chained + "'");
    }
  }

  /** Four-eyes findings over every case the chain knows ({@link FourEyesNotes}). */
  public List<String> fourEyesNotes() {
    List<String> notes = new ArrayList<>();
    for (ChainedCase c : cases.values()) {
      notes.addAll(FourEyesNotes.of(c.caseId(), c.steps(), this::issuerOf));
    }
    return notes;
  }

  /** The case a case-review record is about, or empty for other kinds and unreadable subjects. */
  public static Optional<Long> caseIdOf(DecisionRecord record) {
    if (record.kind() != DecisionKind.CASE_REVIEW) {
      return Optional.empty();
    }
    JsonNode id = record.subject().tree().get("case");
    return id != null && id.canConvertToLong() ? Optional.of(id.asLong()) : Optional.empty();
  }
}
