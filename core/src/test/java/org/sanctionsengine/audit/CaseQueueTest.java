package org.sanctionsengine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.testing.InMemoryAuditLog;
import org.sanctionsengine.testing.InMemoryCaseStore;
import org.sanctionsengine.testing.TestClock;

class CaseQueueTest {
  private final TestClock clock = TestClock.standard();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog(clock);
  private final CaseQueue queue = new CaseQueue(new InMemoryCaseStore(auditLog), clock);
  private final Reviewer alice = new Reviewer("Alice Kim");
  private final Reviewer bob = new Reviewer("Bob Park");

  private static Alert alert(String entryVersion) {
    return new Alert("C-17", "un:KPi.033", entryVersion, 0.91, 0);
  }

  private Case cleared(Alert alert) {
    long id = queue.raise(alert).concerned().id();
    queue.proposeClearance(id, alice, "born 1962, the listed person 1984");
    return queue.confirmClearance(id, bob, "agree: different date of birth");
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

    assertThatThrownBy(() -> queue.confirmClearance(id, new Reviewer("alice kim"), "sure"))
        .isInstanceOf(CaseTransitionException.class)
        .hasMessage(
            "Case 1: Alice Kim proposed this clearance and cannot also confirm it; a clearance"
                + " needs a second, different reviewer (four eyes). Ask another reviewer to confirm"
                + " it (`sanctions cases confirm 1 --reviewer NAME --reason TEXT`, or POST"
                + " /api/cases/1/confirm with their own key).");
    assertThat(queue.find(id).state()).isEqualTo(CaseState.CLEARANCE_PROPOSED);
  }

  @Test
  void confirmClearance_withoutProposal_isRefused() {
    long id = queue.raise(alert("v1")).concerned().id();

    assertThatThrownBy(() -> queue.confirmClearance(id, bob, "fine"))
        .isInstanceOf(CaseTransitionException.class)
        .hasMessage(
            "Case 1 is open, so it cannot be clearance-confirmed: that needs a case that is"
                + " clearance-proposed. See its history with `sanctions cases show 1` or GET"
                + " /api/cases/1.");
  }

  @Test
  void escalate_disputedClearance_goesToEscalatedAndCanBeClearedThere() {
    long id = queue.raise(alert("v1")).concerned().id();
    queue.proposeClearance(id, alice, "different person");
    queue.escalate(id, bob, "same passport number as the listed person");
    clock.advance(Duration.ofHours(2));
    queue.proposeClearance(id, new Reviewer("Chief Lee"), "passport was reissued; not him");

    Case c = queue.confirmClearance(id, bob, "documents checked");

    assertThat(c.state()).isEqualTo(CaseState.CLEARED);
    assertThat(c.proposer()).isEqualTo(new Reviewer("Chief Lee"));
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
