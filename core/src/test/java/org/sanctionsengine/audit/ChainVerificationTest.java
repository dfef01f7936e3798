package org.sanctionsengine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.audit.ChainProblem.Added;
import org.sanctionsengine.audit.ChainProblem.Altered;
import org.sanctionsengine.audit.ChainProblem.Removed;
import org.sanctionsengine.audit.ChainProblem.Reordered;
import org.sanctionsengine.testing.DecisionRecords;
import org.sanctionsengine.testing.InMemoryAuditLog;
import org.sanctionsengine.testing.TestClock;

class ChainVerificationTest {
  private final List<AuditEntry> entries = new ArrayList<>();
  private ChainCheckpoint checkpoint = ChainCheckpoint.EMPTY;

  @BeforeEach
  void tenEntries() {
    InMemoryAuditLog log = new InMemoryAuditLog(TestClock.standard());
    for (int i = 1; i <= 10; i++) {
      log.append(DecisionRecords.screening(i));
    }
    entries.addAll(log.entries());
    checkpoint = log.checkpoint();
  }

  private ChainVerification verify() {
    return AuditChain.verify(entries, checkpoint);
  }

  private AuditEntry at(long sequence) {
    return entries.get((int) sequence - 1);
  }

  @Test
  void verify_untouchedChain_isValidWithHead() {
    ChainVerification result = verify();

    assertThat(result.isValid()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(10);
    assertThat(result.head()).isEqualTo(new ChainCheckpoint(10, at(10).hash()));
  }

  @Test
  void verify_emptyLog_isValid() {
    assertThat(AuditChain.verify(List.of(), ChainCheckpoint.EMPTY).isValid()).isTrue();
  }

  @Test
  void verify_contentAltered_namesThatEntryOnly() {
    AuditEntry five = at(5);
    entries.set(
        4,
        new AuditEntry(
            5,
            five.recordedAt(),
            DecisionRecords.withOutcome(five.record(), "permitted"),
            five.previousHash(),
            five.hash()));

    assertThat(verify().problems())
        .containsExactly(
            new Altered(
                5,
                "its content or its link to the entry before was changed (the stored hash no"
                    + " longer matches)"));
  }

  @Test
  void verify_storedHashTampered_namesThatEntryAsHashChanged() {
    AuditEntry five = at(5);
    entries.set(
        4, new AuditEntry(5, five.recordedAt(), five.record(), five.previousHash(), at(7).hash()));

    assertThat(verify().problems())
        .containsExactly(
            new Altered(
                5,
                "its stored hash was changed (its content still matches the link from entry 6)"));
  }

  @Test
  void verify_pairSwapped_namesBothAsReordered() {
    AuditEntry five = at(5);
    AuditEntry six = at(6);
    entries.set(
        4, new AuditEntry(5, six.recordedAt(), six.record(), six.previousHash(), six.hash()));
    entries.set(
        5, new AuditEntry(6, five.recordedAt(), five.record(), five.previousHash(), five.hash()));

    assertThat(verify().problems()).containsExactly(new Reordered(5, 6), new Reordered(6, 5));
  }

  @Test
  void verify_middleEntryRemoved_namesIt() {
    entries.remove(4);

    assertThat(verify().problems()).containsExactly(new Removed(5, 5));
  }

  @Test
  void verify_lastEntriesRemoved_caughtByCheckpoint() {
    entries.remove(9);
    entries.remove(8);

    ChainVerification result = verify();

    assertThat(result.problems()).containsExactly(new Removed(9, 10));
    assertThat(result.problems().get(0).describe()).isEqualTo("entries 9 to 10 were removed");
  }

  @Test
  void verify_entryRewrittenWithRecomputedHash_namesItByTheBrokenLink() {
    AuditEntry four = at(4);
    AuditEntry forged =
        AuditChain.next(
            new ChainCheckpoint(4, four.hash()),
            at(5).recordedAt(),
            DecisionRecords.withOutcome(at(5).record(), "permitted"));
    entries.set(4, forged);

    assertThat(verify().problems())
        .containsExactly(
            new Altered(
                5,
                "it was rewritten with a recomputed hash, but entry 6 still links to the"
                    + " original"));
  }

  @Test
  void verify_removedAndRenumbered_namesRemovedAndMovedEntries() {
    List<AuditEntry> shifted = new ArrayList<>(entries.subList(0, 4));
    for (int i = 5; i < 10; i++) {
      AuditEntry e = entries.get(i);
      shifted.add(new AuditEntry(i, e.recordedAt(), e.record(), e.previousHash(), e.hash()));
    }
    entries.clear();
    entries.addAll(shifted);

    assertThat(verify().problems())
        .containsExactly(
            new Removed(5, 5),
            new Reordered(6, 5),
            new Reordered(7, 6),
            new Reordered(8, 7),
            new Reordered(9, 8),
            new Reordered(10, 9));
  }

  @Test
  void verify_entryBeyondCheckpoint_namesItAdded() {
    checkpoint = new ChainCheckpoint(9, at(9).hash());

    assertThat(verify().problems()).containsExactly(new Added(10, 10));
  }

  @Test
  void verify_headDiffersFromCheckpoint_namesTheHead() {
    checkpoint = new ChainCheckpoint(10, at(3).hash());

    assertThat(verify().problems())
        .containsExactly(new Altered(10, "its hash differs from the head hash the store recorded"));
  }
}
