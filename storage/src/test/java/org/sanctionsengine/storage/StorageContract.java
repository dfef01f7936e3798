package org.sanctionsengine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.StorageException;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.AuditLog;
import org.sanctionsengine.audit.ChainCheckpoint;
import org.sanctionsengine.audit.ChainProblem.Altered;
import org.sanctionsengine.audit.ChainProblem.Removed;
import org.sanctionsengine.audit.ChainProblem.Reordered;
import org.sanctionsengine.audit.ChainVerification;
import org.sanctionsengine.audit.DecisionRecord;
import org.sanctionsengine.testing.DecisionRecords;
import org.sanctionsengine.testing.TestClock;

/**
 * The behaviour every JDBC store must show, run against H2 ({@link H2StorageTest}) and PostgreSQL
 * ({@link PostgresStorageIT}).
 */
abstract class StorageContract {
  protected final Clock clock = TestClock.standard();
  protected TestDatabase database;
  protected Storage storage;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void openStore() {
    database = newDatabase();
    storage = Storage.open(database.url(), clock);
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

  protected List<AuditEntry> appendFive() {
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      entries.add(storage.auditLog().append(DecisionRecords.screening(i)));
    }
    return entries;
  }

  @Test
  void append_fiveDecisions_chainIsValidAndReadsBackInOrder() {
    List<AuditEntry> written = appendFive();

    AuditLog log = storage.auditLog();
    ChainVerification result = log.verify();
    assertThat(result.isValid()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(5);
    assertThat(result.head()).isEqualTo(new ChainCheckpoint(5, written.get(4).hash()));
    assertThat(log.checkpoint()).isEqualTo(result.head());
    assertThat(log.last(5)).isEqualTo(written);
    assertThat(log.last(2)).isEqualTo(written.subList(3, 5));
  }

  @Test
  void appendAll_batch_getsConsecutiveLinkedEntries() {
    storage.auditLog().append(DecisionRecords.screening(0));

    List<AuditEntry> batch =
        storage
            .auditLog()
            .appendAll(List.of(DecisionRecords.screening(1), DecisionRecords.screening(2)));

    assertThat(batch).extracting(AuditEntry::sequence).containsExactly(2L, 3L);
    assertThat(batch.get(1).previousHash()).isEqualTo(batch.get(0).hash());
    assertThat(storage.auditLog().verify().isValid()).isTrue();
  }

  @Test
  void verify_entryAlteredInDatabase_namesIt() {
    appendFive();
    database.tamper("UPDATE audit_entry SET outcome = 'permitted' WHERE sequence = 3");

    assertThat(storage.auditLog().verify().problems())
        .containsExactly(
            new Altered(
                3,
                "its content or its link to the entry before was changed (the stored hash no"
                    + " longer matches)"));
  }

  @Test
  void verify_hashTamperedInDatabase_namesIt() {
    appendFive();
    database.tamper("UPDATE audit_entry SET hash = '" + "ab".repeat(32) + "' WHERE sequence = 2");

    assertThat(storage.auditLog().verify().problems())
        .containsExactly(
            new Altered(
                2,
                "its stored hash was changed (its content still matches the link from entry 3)"));
  }

  @Test
  void verify_hashNoLongerHex_namesTheEntryAsAltered() {
    appendFive();
    database.tamper("UPDATE audit_entry SET hash = '" + "zz".repeat(32) + "' WHERE sequence = 4");

    assertThat(storage.auditLog().verify().problems())
        .containsExactly(
            new Altered(
                4,
                "its stored fields are not valid: '"
                    + "zz".repeat(32)
                    + "' is not a chain hash: expected 64 lower-case hexadecimal digits (SHA-256),"
                    + " as `sanctions audit verify` prints them."));
  }

  @Test
  void verify_pairSwappedInDatabase_namesBothAsReordered() {
    appendFive();
    database.tamper(
        "UPDATE audit_entry SET sequence = -3 WHERE sequence = 3",
        "UPDATE audit_entry SET sequence = 3 WHERE sequence = 4",
        "UPDATE audit_entry SET sequence = 4 WHERE sequence = -3");

    assertThat(storage.auditLog().verify().problems())
        .containsExactly(new Reordered(3, 4), new Reordered(4, 3));
  }

  @Test
  void verify_middleEntryDeleted_namesItRemoved() {
    appendFive();
    database.tamper("DELETE FROM audit_entry WHERE sequence = 3");

    assertThat(storage.auditLog().verify().problems()).containsExactly(new Removed(3, 3));
  }

  @Test
  void verify_lastEntryDeleted_namesItRemovedThroughTheCheckpoint() {
    appendFive();
    database.tamper("DELETE FROM audit_entry WHERE sequence = 5");

    assertThat(storage.auditLog().verify().problems()).containsExactly(new Removed(5, 5));
  }

  @Test
  void update_auditEntryWithoutBypass_isRefusedByTheDatabase() {
    appendFive();

    assertThatThrownBy(
            () -> database.execute("UPDATE audit_entry SET outcome = 'x' WHERE sequence = 1"))
        .isInstanceOf(SQLException.class)
        .satisfies(
            e ->
                assertThat(SqlStates.reasonOf((SQLException) e))
                    .isEqualTo(StorageException.Reason.INTEGRITY))
        .hasMessageContaining("UPDATE on audit_entry refused: the audit log is append-only");
    assertThatThrownBy(() -> database.execute("DELETE FROM audit_entry WHERE sequence = 5"))
        .hasMessageContaining("DELETE on audit_entry refused: the audit log is append-only");
    assertThatThrownBy(() -> database.execute("UPDATE audit_head SET sequence = 4"))
        .isInstanceOf(SQLException.class);
    assertThat(storage.auditLog().verify().isValid()).isTrue();
  }

  @Test
  void append_eightConcurrentWriters_keepOneLinearValidChain() throws Exception {
    int writers = 8;
    int each = 150;
    List<AuditEntry> acknowledged = Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int base = w * each;
        running.add(
            pool.submit(
                () ->
                    IntStream.range(0, each)
                        .forEach(
                            i ->
                                acknowledged.add(
                                    storage
                                        .auditLog()
                                        .append(DecisionRecords.screening(base + i))))));
      }
      for (Future<?> f : running) {
        f.get();
      }
    }

    ChainVerification result = storage.auditLog().verify();
    assertThat(result.isValid()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(writers * each);
    assertThat(acknowledged)
        .extracting(AuditEntry::sequence)
        .doesNotHaveDuplicates()
        .allMatch(s -> s >= 1 && s <= writers * each);
    List<AuditEntry> stored = storage.auditLog().last(writers * each);
    assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
  }

  @Test
  void append_twoStoresOnOneDatabase_interleaveIntoOneValidChain() throws Exception {
    try (Storage second = Storage.open(database.url(), clock);
        ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<?>> running = new ArrayList<>();
      for (Storage s : List.of(storage, second, storage, second)) {
        running.add(
            pool.submit(
                () ->
                    IntStream.range(0, 100)
                        .forEach(i -> s.auditLog().append(DecisionRecords.screening(i)))));
      }
      for (Future<?> f : running) {
        f.get();
      }
    }

    ChainVerification result = storage.auditLog().verify();
    assertThat(result.isValid()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(400);
  }

  @Test
  void appendAll_batchFailsBeforeCommit_leavesNothingAndChainContinues() {
    storage.close();
    storage =
        Storage.open(
            database.url(),
            clock,
            batch -> {
              if (batch.stream().anyMatch(e -> e.record().outcome().equals("poison"))) {
                throw new SQLException("injected failure before commit", "08006");
              }
            });
    AuditEntry first = storage.auditLog().append(DecisionRecords.screening(1));
    List<DecisionRecord> batch =
        List.of(
            DecisionRecords.screening(2),
            DecisionRecords.withOutcome(DecisionRecords.screening(3), "poison"),
            DecisionRecords.screening(4));

    assertThatThrownBy(() -> storage.auditLog().appendAll(batch))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith(
            "Could not append to the audit log in the store at "
                + database.url().redacted()
                + ": the database said \"injected failure before commit\" (SQLState 08006).");

    assertThat(storage.auditLog().checkpoint()).isEqualTo(new ChainCheckpoint(1, first.hash()));
    assertThat(storage.auditLog().last(10)).containsExactly(first);
    AuditEntry next = storage.auditLog().append(DecisionRecords.screening(5));
    assertThat(next.sequence()).isEqualTo(2);
    assertThat(next.previousHash()).isEqualTo(first.hash());
    assertThat(storage.auditLog().verify().isValid()).isTrue();
  }

  @Test
  void restart_writerJvmKilledWithSigkill_keepsEveryAcknowledgedDecisionAndAValidChain()
      throws Exception {
    storage.close(); // the child process must own the store (H2 admits one process)
    Map<Long, String> acknowledged = RestartProbe.appendUntilKilled(database.url(), 400);

    storage = Storage.open(database.url(), clock);
    Map<Long, String> stored = new HashMap<>();
    Map<String, Integer> batchSizes = new HashMap<>();
    storage
        .auditLog()
        .forEach(
            1,
            e -> {
              stored.put(e.sequence(), e.hash().hex());
              var batch = e.record().subject().tree().get("batch");
              if (batch != null) {
                batchSizes.merge(batch.asText(), 1, Integer::sum);
              }
            });
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(400);
    assertThat(stored).containsAllEntriesOf(acknowledged);
    assertThat(batchSizes)
        .isNotEmpty()
        .allSatisfy((id, size) -> assertThat(size).isEqualTo(AppendingChild.BATCH));
    assertThat(storage.auditLog().verify().isValid()).isTrue();
  }

  @Test
  void open_twoStoresMigrateAFreshDatabaseAtOnce_bothOpenOneSchema() throws Exception {
    try (TestDatabase fresh = newDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(2)) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Storage>> opening = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        opening.add(
            pool.submit(
                () -> {
                  start.await();
                  return Storage.open(fresh.url(), clock);
                }));
      }
      start.countDown();
      for (Future<Storage> f : opening) {
        try (Storage opened = f.get()) {
          opened.auditLog().append(DecisionRecords.screening(1));
        }
      }
      assertThat(Migrations.migrate(new Database(fresh.url()))).isZero();
    }
  }

  @Test
  void reopen_existingStore_keepsEntriesAndAppliesNoMigration() {
    List<AuditEntry> written = appendFive();
    storage.close();

    assertThat(Migrations.migrate(new Database(database.url()))).isZero();
    storage = Storage.open(database.url(), clock);
    assertThat(storage.auditLog().last(5)).isEqualTo(written);
  }
}
