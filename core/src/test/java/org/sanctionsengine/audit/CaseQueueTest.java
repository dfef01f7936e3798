package org.sanctionsengine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionsengine.testing.InMemoryAuditLog;
import org.sanctionsengine.testing.InMemoryCaseStore;
import org.sanctionsengine.testing.TestClock;

class CaseQueueTest {
  private final TestClock clock = TestClock.standard();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog(clock);
  private final InMemoryCaseStore store = new InMemoryCaseStore(auditLog);
  private final CaseQueue queue = new CaseQueue(store, clock);
  private final Reviewer alice = new Reviewer("Alice Kim", 11);
  private final Reviewer bob = new Reviewer("Bob Park", 12);

  private static Alert alert(String entryVersion) {
    return new Alert("C-17", "un:KPi.033", entryVersion, 0.91, 0);
  }

  private Case cleared(Alert alert) {
    long id = queue.raise(alert).concerned().id();
    queue.proposeClearance(id, alice, "born 1962, the listed person 1984");
    return queue.confirm(id, bob, "agree: different date of birth");
  }

  @Test
  void raise_newAlert_opensCaseWithEngineEvent() {
    Raised raised = queue.raise(alert("v1"));

    assertThat(raised).isInstanceOf(Raised.Opened.class);
    Case opened = raised.concerned();
    assertThat(opened.state()).isEqualTo(CaseState.OPEN);
    assertThat(opened.events())
        .containsExactly(
            new CaseEvent(
                CaseAction.OPENED,
                Reviewer.ENGINE,
                clock.instant(),
                "match score 0.91 at or above the review threshold"));
  }

  @Test
  void confirmClearance_secondReviewer_clearsCase() {
    Case c = cleared(alert("v1"));

    assertThat(c.state()).isEqualTo(CaseState.CLEARED);
    assertThat(c.events())
        .extracting(CaseEvent::action, CaseEvent::reviewer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CaseAction.OPENED, Reviewer.ENGINE),
            org.assertj.core.groups.Tuple.tuple(CaseAction.CLEARANCE_PROPOSED, alice),
            org.assertj.core.groups.Tuple.tuple(CaseAction.CLEARANCE_CONFIRMED, bob));
  }

  @Test
  void confirmClearance_sameReviewer_isRefusedAndCaseStaysProposed() {
    long id = queue.raise(alert("v1")).concerned().id();
    queue.proposeClearance(id, alice, "different person");

    assertThatThrownBy(() -> queue.confirm(id, new Reviewer("alice kim", 13), "sure"))
        .isInstanceOf(CaseTransitionException.class)
        .hasMessage(
            "Case 1: Alice Kim (key 11) proposed this clearance and alice kim (key 13) cannot"
                + " also confirm it: that is the same person (the same key, or holder names that"
                + " differ only in case, invisible characters or look-alike letters). It needs a"
                + " second, different reviewer (four eyes). Ask another reviewer to confirm it with"
                + " their own key (`sanctions cases confirm 1 --key KEY --reason TEXT`, or POST"
                + " /api/cases/1/confirm).");
    assertThat(queue.find(id).state()).isEqualTo(CaseState.CLEARANCE_PROPOSED);
  }

  @Test
  void confirmClearance_withoutProposal_isRefused() {
    long id = queue.raise(alert("v1")).concerned().id();

    assertThatThrownBy(() -> queue.confirm(id, bob, "fine"))
        .isInstanceOf(CaseTransitionException.class)
        .hasMessage(
            "Case 1 is open, so it cannot be clearance-confirmed: that needs a case that is"
                + " clearance-proposed or match-proposed. See its history with `sanctions cases show 1` or GET"
                + " /api/cases/1.");
  }

  @Test
  void escalate_disputedClearance_goesToEscalatedAndCanBeClearedThere() {
    long id = queue.raise(alert("v1")).concerned().id();
    queue.proposeClearance(id, alice, "different person");
    queue.escalate(id, bob, "same passport number as the listed person");
    clock.advance(Duration.ofHours(2));
    queue.proposeClearance(id, new Reviewer("Chief Lee", 14), "passport was reissued; not him");

    Case c = queue.confirm(id, bob, "documents checked");

    assertThat(c.state()).isEqualTo(CaseState.CLEARED);
    assertThat(c.proposer()).isEqualTo(new Reviewer("Chief Lee", 14));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "alice kim\u200B", // zero-width space
        "ali\u00ADce kim", // soft hyphen
        "alice\u00A0kim", // non-breaking space
        "\u0430lice kim", // Cyrillic a
        "ＡＬＩＣＥ ＫＩＭ", // full-width
        "Alice  Kim ", // doubled and trailing space
        "ALİCE KİM" // Turkish dotted capital I
      })
  void confirm_lookAlikeOfTheProposer_isRefused(String lookAlike) {
    long id = queue.raise(alert("v1")).concerned().id();
    queue.proposeClearance(id, alice, "different person");

    assertThatThrownBy(() -> queue.confirm(id, new Reviewer(lookAlike, 99), "agree"))
        .isInstanceOf(CaseTransitionException.class)
        .hasMessageContaining("that is the same person");
    assertThat(queue.find(id).state()).isEqualTo(CaseState.CLEARANCE_PROPOSED);
  }

  @Test
  void confirm_sameKeyUnderAnotherName_isRefused() {
    long id = queue.raise(alert("v1")).concerned().id();
    queue.proposeClearance(id, alice, "different person");

    assertThatThrownBy(() -> queue.confirm(id, new Reviewer("Bob Park", 11), "agree"))
        .isInstanceOf(CaseTransitionException.class)
        .hasMessageContaining("that is the same person");
  }

  @Test
  void confirm_proposedMatchFromEscalated_closesAsConfirmedAndKeepsFlagging() {
    long id = queue.raise(alert("v1")).concerned().id();
    queue.escalate(id, alice, "same passport number");
    queue.proposeMatch(id, alice, "passport KP-1 is the listed one");

    Case c = queue.confirm(id, bob, "agree: the listed person");

    assertThat(c.state()).isEqualTo(CaseState.CONFIRMED);
    assertThat(c.events())
        .extracting(CaseEvent::action)
        .containsExactly(
            CaseAction.OPENED,
            CaseAction.ESCALATED,
            CaseAction.MATCH_PROPOSED,
            CaseAction.MATCH_CONFIRMED);
    assertThat(queue.raise(alert("v1"))).isEqualTo(new Raised.Confirmed(c));
    assertThat(queue.raise(alert("v2"))).isEqualTo(new Raised.Confirmed(c));
    assertThat(auditLog.entries().get(auditLog.entries().size() - 1).record().outcome())
        .isEqualTo("confirmed");
  }

  @Test
  void confirm_proposedMatchBySameReviewer_isRefused() {
    long id = queue.raise(alert("v1")).concerned().id();
    queue.proposeMatch(id, alice, "the listed person");

    assertThatThrownBy(() -> queue.confirm(id, alice, "agree"))
        .isInstanceOf(CaseTransitionException.class)
        .hasMessageContaining("proposed this true match");
  }

  @Test
  void escalate_disputedMatch_goesBackToEscalated() {
    long id = queue.raise(alert("v1")).concerned().id();
    queue.proposeMatch(id, alice, "the listed person");

    assertThat(queue.escalate(id, bob, "born ten years apart").state())
        .isEqualTo(CaseState.ESCALATED);
  }

  @Test
  void raise_rowClearedBehindTheChain_isNotSuppressed() {
    long id = queue.raise(alert("v1")).concerned().id();
    store.tamper(id, CaseState.CLEARED);

    Raised again = queue.raise(alert("v1"));

    assertThat(again).isInstanceOf(Raised.Opened.class);
    assertThat(again.concerned().id()).isNotEqualTo(id);
    assertThat(queue.chainSays(queue.find(id)))
        .contains("the store says state 'cleared', the chain 'open' (audit entries 1)");
  }

  @Test
  void raise_clearedFalsePositiveSameEntryVersion_isSuppressed() {
    Case clearance = cleared(alert("v1"));

    Raised again = queue.raise(alert("v1"));

    assertThat(again).isEqualTo(new Raised.Suppressed(clearance));
    assertThat(queue.list(EnumSet.of(CaseState.OPEN), 10)).isEmpty();
  }

  @Test
  void raise_clearedFalsePositiveEntryChanged_opensNewCase() {
    cleared(alert("v1"));

    Raised again = queue.raise(alert("v2"));

    assertThat(again).isInstanceOf(Raised.Opened.class);
    assertThat(again.concerned().alert().entryVersion()).isEqualTo("v2");
  }

  @Test
  void raise_otherCustomerSameEntry_isNotSuppressed() {
    cleared(alert("v1"));

    Raised other = queue.raise(new Alert("C-99", "un:KPi.033", "v1", 0.91, 0));

    assertThat(other).isInstanceOf(Raised.Opened.class);
  }

  @Test
  void raise_caseStillUnderReview_doesNotOpenSecond() {
    Case first = queue.raise(alert("v1")).concerned();

    assertThat(queue.raise(alert("v2"))).isEqualTo(new Raised.AlreadyOpen(first));
  }

  @Test
  void steps_everyStep_isAppendedToTheAuditLog() {
    cleared(alert("v1"));

    assertThat(auditLog.entries())
        .extracting(e -> e.record().kind(), e -> e.record().outcome())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DecisionKind.CASE_REVIEW, "open"),
            org.assertj.core.groups.Tuple.tuple(DecisionKind.CASE_REVIEW, "clearance-proposed"),
            org.assertj.core.groups.Tuple.tuple(DecisionKind.CASE_REVIEW, "cleared"));
    assertThat(auditLog.verify().isValid()).isTrue();
  }

  @Test
  void proposeClearance_blankReason_isRefusedWithHint() {
    long id = queue.raise(alert("v1")).concerned().id();

    assertThatThrownBy(() -> queue.proposeClearance(id, alice, "  "))
        .hasMessage(
            "A reason is required for 'clearance-proposed' (1 to 2,000 characters), found 0"
                + " characters. Say why, e.g. --reason \"date of birth differs from the listed"
                + " person\".");
  }

  @Test
  void find_unknownCase_saysHowToList() {
    assertThatThrownBy(() -> queue.find(42))
        .isInstanceOf(CaseTransitionException.class)
        .hasMessage(
            "There is no case 42 in this store. List the cases with `sanctions cases list` (and"
                + " check --db if you use more than one store).");
  }
}
