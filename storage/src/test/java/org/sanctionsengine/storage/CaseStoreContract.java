package org.sanctionsengine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.StorageException;
import org.sanctionsengine.access.IssuedKey;
import org.sanctionsengine.access.Issuer;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.audit.Alert;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.audit.CaseAction;
import org.sanctionsengine.audit.CaseEvent;
import org.sanctionsengine.audit.CaseQueue;
import org.sanctionsengine.audit.CaseState;
import org.sanctionsengine.audit.CaseTransition;
import org.sanctionsengine.audit.CaseTransitionException;
import org.sanctionsengine.audit.ChainProblem;
import org.sanctionsengine.audit.ChainVerification;
import org.sanctionsengine.audit.DecisionKind;
import org.sanctionsengine.audit.Raised;
import org.sanctionsengine.audit.Reviewer;
import org.sanctionsengine.testing.TestClock;

/** Cases in a JDBC store, run against H2 and PostgreSQL like {@link StorageContract}. */
abstract class CaseStoreContract {
  private final TestClock clock = TestClock.standard();
  private final Reviewer alice = new Reviewer("Alice Kim", 11);
  private final Reviewer bob = new Reviewer("Bob Park", 12);
  private TestDatabase database;
  private Storage storage;
  private CaseQueue cases;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void openStore() {
    database = newDatabase();
    storage = Storage.open(database.url(), clock);
    cases = storage.cases();
  }

  @AfterEach
  void closeStore() {
    // Both are null when the database could not be had (no PostgreSQL outside CI: skipped).
    if (storage != null) {
      storage.close();
    }
    if (database != null) {
      database.close();
    }
  }

  private static Alert alert(String version) {
    return new Alert("C-17", "un:KPi.033", version, 0.91, 12);
  }

  private long proposed(Alert alert) {
    long id = cases.raise(alert).concerned().id();
    cases.proposeClearance(id, alice, "born 1962; the listed person in 1984");
    return id;
  }

  @Test
  void clearance_twoReviewers_isStoredWithWholeHistoryAndAudited() {
    long id = proposed(alert("v1"));
    cases.confirm(id, bob, "agree: different date of birth");
    storage.close();

    storage = Storage.open(database.url(), clock);
    Case stored = storage.cases().find(id);
    assertThat(stored.state()).isEqualTo(CaseState.CLEARED);
    assertThat(stored.alert()).isEqualTo(alert("v1"));
    assertThat(stored.events())
        .extracting(CaseEvent::action)
        .containsExactly(
            CaseAction.OPENED, CaseAction.CLEARANCE_PROPOSED, CaseAction.CLEARANCE_CONFIRMED);
    assertThat(stored.events().get(2))
        .isEqualTo(
            new CaseEvent(
                CaseAction.CLEARANCE_CONFIRMED,
                bob,
                clock.instant(),
                "agree: different date of birth"));
    assertThat(storage.auditLog().last(10))
        .extracting(e -> e.record().kind(), e -> e.record().outcome())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DecisionKind.CASE_REVIEW, "open"),
            org.assertj.core.groups.Tuple.tuple(DecisionKind.CASE_REVIEW, "clearance-proposed"),
            org.assertj.core.groups.Tuple.tuple(DecisionKind.CASE_REVIEW, "cleared"));
  }

  @Test
  void confirmClearance_sameReviewer_isRefusedAndNothingStored() {
    long id = proposed(alert("v1"));

    assertThatThrownBy(() -> cases.confirm(id, alice, "sure"))
        .isInstanceOf(CaseTransitionException.class)
        .hasMessageContaining("cannot also confirm it");

    Case stored = cases.find(id);
    assertThat(stored.state()).isEqualTo(CaseState.CLEARANCE_PROPOSED);
    assertThat(stored.events()).hasSize(2);
  }

  @Test
  void raise_afterClearance_suppressedUntilTheEntryVersionChanges() {
    long id = proposed(alert("v1"));
    cases.confirm(id, bob, "agree");

    assertThat(cases.raise(alert("v1"))).isInstanceOf(Raised.Suppressed.class);
    Raised changed = cases.raise(alert("v2"));
    assertThat(changed).isInstanceOf(Raised.Opened.class);
    assertThat(changed.concerned().id()).isNotEqualTo(id);
  }

  @Test
  void apply_staleTransition_failsWithConflictAndKeepsTheStore() {
    long id = proposed(alert("v1"));
    Case seenWhenOpen =
        new Case(id, alert("v1"), CaseState.OPEN, cases.find(id).events().subList(0, 1));
    Case late = seenWhenOpen.escalate(bob, "suspicious", clock.instant());
    long auditedBefore = storage.auditLog().checkpoint().sequence();

    assertThatThrownBy(() -> storage.caseStore().apply(new CaseTransition(seenWhenOpen, late)))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "Case "
                + id
                + " is no longer open in the store at "
                + database.url().redacted()
                + ": another reviewer acted on it meanwhile, so 'escalated' was not recorded."
                + " Look at it again with `sanctions cases show "
                + id
                + "`.")
        .satisfies(
            e ->
                assertThat(((StorageException) e).reason())
                    .isEqualTo(StorageException.Reason.CONFLICT));
    assertThat(cases.find(id).state()).isEqualTo(CaseState.CLEARANCE_PROPOSED);
    assertThat(storage.auditLog().checkpoint().sequence()).isEqualTo(auditedBefore);
    assertThat(storage.auditLog().verify().isValid()).isTrue();
  }

  @Test
  void list_byState_returnsOnlyThoseOldestFirst() {
    long first = cases.raise(alert("v1")).concerned().id();
    long second = cases.raise(new Alert("C-18", "ofac:12345", "h1", 0.88, 0)).concerned().id();
    cases.escalate(second, bob, "same passport number");

    assertThat(cases.list(EnumSet.of(CaseState.OPEN), 10))
        .extracting(Case::id)
        .containsExactly(first);
    assertThat(cases.list(EnumSet.allOf(CaseState.class), 10))
        .extracting(Case::id)
        .containsExactly(first, second);
  }

  @Test
  void raise_sameAlertFromEightThreadsAtOnce_opensExactlyOneCase() throws Exception {
    List<Raised> results = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        running.add(
            pool.submit(
                () -> {
                  start.await();
                  return results.add(cases.raise(alert("v1")));
                }));
      }
      start.countDown();
      for (Future<?> f : running) {
        f.get();
      }
    }

    assertThat(results).filteredOn(Raised.Opened.class::isInstance).hasSize(1);
    assertThat(results).filteredOn(Raised.AlreadyOpen.class::isInstance).hasSize(7);
    assertThat(results)
        .extracting(r -> r.concerned().id())
        .containsOnly(results.get(0).concerned().id());
    assertThat(cases.list(EnumSet.allOf(CaseState.class), 10)).hasSize(1);
  }

  @Test
  void update_caseEvent_isRefusedByTheDatabase() {
    proposed(alert("v1"));

    assertThatThrownBy(() -> database.execute("UPDATE review_case_event SET reviewer = 'Mallory'"))
        .hasMessageContaining("UPDATE on review_case_event refused");
  }

  @Test
  void verify_stateSetToClearedBySql_namesTheCaseAndTheNextScreeningIsNotSuppressed() {
    long id = cases.raise(alert("v1")).concerned().id();
    database.tamper("UPDATE review_case SET state = 'cleared' WHERE id = " + id);

    ChainVerification result = storage.auditLog().verify();

    assertThat(result.isValid()).isFalse();
    assertThat(result.problems())
        .extracting(ChainProblem::describe)
        .containsExactly(
            "case "
                + id
                + " disagrees with the audit chain: the store says state 'cleared', the chain"
                + " 'open' (audit entries 1)");
    Raised next = cases.raise(alert("v1"));
    assertThat(next).isInstanceOf(Raised.Opened.class);
    assertThat(next.concerned().id()).isNotEqualTo(id);
  }

  @Test
  void verify_clearedCaseGivenAnotherEntryVersionBySql_isReportedAndDoesNotSuppressIt() {
    long id = proposed(alert("v1"));
    cases.confirm(id, bob, "agree");
    database.tamper("UPDATE review_case SET entry_version = 'v2' WHERE id = " + id);

    assertThat(storage.auditLog().verify().problems())
        .extracting(ChainProblem::describe)
        .containsExactly(
            "case "
                + id
                + " disagrees with the audit chain: the store says entry version 'v2', the chain"
                + " 'v1' (audit entries 1 to 3)");
    assertThat(cases.raise(alert("v2"))).isInstanceOf(Raised.Opened.class);
  }

  @Test
  void verify_caseRowInsertedOrDeletedBySql_isReported() {
    long id = cases.raise(alert("v1")).concerned().id();
    database.tamper(
        "INSERT INTO review_case (customer_id, list_entry_id, entry_version, score,"
            + " decision_sequence, state) VALUES ('C-9', 'un:KPi.001', 'v1', 0.9, 0, 'cleared')");

    assertThat(storage.auditLog().verify().problems())
        .extracting(ChainProblem::describe)
        .containsExactly(
            "case "
                + (id + 1)
                + " disagrees with the audit chain: the store has it (cleared) but the audit chain"
                + " has no entry for it: it was not opened through the application");
  }

  @Test
  void verify_untouchedCasesAndKeys_isValid() {
    long id = proposed(alert("v1"));
    cases.confirm(id, bob, "agree");
    cases.raise(new Alert("C-18", "ofac:12345", "h1", 0.88, 0));

    assertThat(storage.auditLog().verify().isValid()).isTrue();
  }

  @Test
  void confirm_trueMatch_closesAsConfirmedAndStaysFlaggedAfterReopening() {
    long id = cases.raise(alert("v1")).concerned().id();
    cases.proposeMatch(id, alice, "passport number is the listed one");
    cases.confirm(id, bob, "agree");
    storage.close();

    storage = Storage.open(database.url(), clock);
    cases = storage.cases();
    assertThat(cases.find(id).state()).isEqualTo(CaseState.CONFIRMED);
    Raised later = cases.raise(alert("v2"));
    assertThat(later).isInstanceOf(Raised.Confirmed.class);
    assertThat(later.concerned().id()).isEqualTo(id);
    assertThat(storage.auditLog().verify().isValid()).isTrue();
  }

  @Test
  void verify_confirmationWithAKeyTheProposerIssued_isNoted() {
    Storage s = storage;
    IssuedKey admin =
        s.apiKeys().issue("alice", Role.ADMIN, Issuer.withoutKey("command line (user test)"));
    IssuedKey sockPuppet = s.apiKeys().issue("bob", Role.REVIEWER, Issuer.key(admin.key()));
    long id = cases.raise(alert("v1")).concerned().id();
    cases.proposeClearance(id, Reviewer.of(admin.key()), "not him");
    cases.confirm(id, Reviewer.of(sockPuppet.key()), "agree");

    ChainVerification result = s.auditLog().verify();

    assertThat(result.isValid()).isTrue();
    assertThat(result.notes())
        .containsExactly(
            "case "
                + id
                + ": clearance-confirmed (audit entry 5) was taken with key 2 (bob), which key 1"
                + " (alice) issued; alice (key 1) took clearance-proposed (audit entry 4) of the"
                + " same case. Check that two people reviewed it.");
  }
}
