package org.sanctionsengine.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.StorageException;
import org.sanctionsengine.audit.AuditChain;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.CaseLedger;
import org.sanctionsengine.audit.ChainCheckpoint;
import org.sanctionsengine.audit.DecisionRecord;

/**
 * Group commit: one thread owns all appends. Callers queue their records and wait; the thread takes
 * everything queued (up to {@link #MAX_BATCH} callers), locks the head row, chains the records
 * after it, inserts them, moves the head, and commits once. Each caller is released only after the
 * transaction holding its records committed, or fails with the batch, which is rolled back whole.
 * Case steps come as {@link Unit}s: their rows are written in the same transaction, under a
 * savepoint, so a step and its audit entry commit together. One commit (one fsync on PostgreSQL)
 * thus serves many callers; see docs/decisions/0041-audit-hash-chain.md and the
 * AuditAppendBenchmark in docs/benchmarks.md.
 */
final class GroupCommitWriter implements AutoCloseable {
  static final int MAX_BATCH = 1000;

  /** Called after the rows are written and before the commit; tests use it to inject failures. */
  @FunctionalInterface
  interface BeforeCommit {
    BeforeCommit NONE = batch -> {};

    void check(List<AuditEntry> batch) throws SQLException;
  }

  /**
   * Work that runs inside the batch transaction, under its own savepoint, and returns the records
   * to append for it: a case step and its audit entry commit together or not at all. If it fails,
   * only its savepoint is rolled back and only its caller gets the error; the batch goes on.
   */
  @FunctionalInterface
  interface Unit {
    List<DecisionRecord> write(Connection connection) throws SQLException;
  }

  private record Pending(Unit unit, boolean isolated, CompletableFuture<List<AuditEntry>> done) {}

  /** What became of one pending unit in a batch that committed. */
  private record Outcome(List<AuditEntry> entries, @Nullable RuntimeException failure) {}

  private final Database database;
  private final Clock clock;
  private final BeforeCommit beforeCommit;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(100_000);
  private final Thread thread;
  private volatile boolean closed;
  private @Nullable Connection connection;

  GroupCommitWriter(Database database, Clock clock, BeforeCommit beforeCommit) {
    this.database = database;
    this.clock = clock;
    this.beforeCommit = beforeCommit;
    this.thread = Thread.ofPlatform().name("audit-writer").daemon().unstarted(this::run);
    thread.start();
  }

  /** Queues the records as one unit and waits until they are committed (or failed). */
  List<AuditEntry> submit(List<DecisionRecord> records) {
    List<DecisionRecord> copy = List.copyOf(records);
    return enqueue(new Pending(c -> copy, false, new CompletableFuture<>()));
  }

  /** Queues work that writes its own rows and returns its records; see {@link Unit}. */
  List<AuditEntry> submit(Unit unit) {
    return enqueue(new Pending(unit, true, new CompletableFuture<>()));
  }

  private List<AuditEntry> enqueue(Pending pending) {
    if (closed) {
      throw new StorageException(
          StorageException.Reason.OTHER,
          "The audit log of the store at "
              + database.url().redacted()
              + " is closed; nothing was recorded. Open the store again to record decisions.");
    }
    try {
      queue.put(pending);
      return pending.done().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException(
          StorageException.Reason.OTHER,
          "Interrupted while waiting for the audit log to commit; the decision may or may not"
              + " have been recorded. Check with `sanctions audit show`.",
          e);
    } catch (ExecutionException e) {
      // A batch's failure is shared by its callers: each gets its own exception, with its stack.
      if (e.getCause() instanceof StorageException failure) {
        throw new StorageException(failure.reason(), failure.getMessage(), failure);
      }
      if (e.getCause() instanceof SanctionsException failure) {
        throw failure;
      }
      throw new IllegalStateException("audit writer failed", e.getCause());
    }
  }

  private void run() {
    while (!closed || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
        if (first != null) {
          writeOrStop(drainAfter(first));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * An Error (out of memory …) stops the writer: its callers and all later ones fail, none hang.
   */
  private void writeOrStop(List<Pending> batch) {
    try {
      write(batch);
    } catch (Error e) {
      closed = true;
      batch.forEach(p -> p.done().completeExceptionally(e));
      failQueued();
      throw e;
    }
  }

  private List<Pending> drainAfter(Pending first) {
    List<Pending> batch = new ArrayList<>();
    batch.add(first);
    queue.drainTo(batch, MAX_BATCH - 1);
    return batch;
  }

  private void write(List<Pending> batch) {
    try {
      List<Outcome> outcomes = commit(batch);
      for (int i = 0; i < batch.size(); i++) {
        Outcome outcome = outcomes.get(i);
        if (outcome.failure() == null) {
          batch.get(i).done().complete(outcome.entries());
        } else {
          batch.get(i).done().completeExceptionally(outcome.failure());
        }
      }
    } catch (SQLException e) {
      dropConnection();
      StorageException failure = SqlStates.translate(e, "append to the audit log", database.url());
      batch.forEach(p -> p.done().completeExceptionally(failure));
    } catch (RuntimeException e) {
      dropConnection();
      batch.forEach(p -> p.done().completeExceptionally(e));
    }
  }

  private List<Outcome> commit(List<Pending> batch) throws SQLException {
    Connection c = connection();
    try {
      ChainCheckpoint head = lockHead(c);
      Instant now = clock.instant();
      List<Outcome> outcomes = new ArrayList<>();
      List<AuditEntry> all = new ArrayList<>();
      for (Pending pending : batch) {
        List<DecisionRecord> records = new ArrayList<>();
        RuntimeException failure = run(c, pending, records);
        List<AuditEntry> entries = new ArrayList<>();
        for (DecisionRecord record : records) {
          AuditEntry entry = AuditChain.next(head, now, record);
          head = new ChainCheckpoint(entry.sequence(), entry.hash());
          entries.add(entry);
        }
        outcomes.add(new Outcome(entries, failure));
        all.addAll(entries);
      }
      insert(c, all, head);
      beforeCommit.check(all);
      database.commit(c);
      return outcomes;
    } catch (SQLException | RuntimeException e) {
      Database.rollback(c, e);
      throw e;
    }
  }

  /**
   * Runs one unit, adding its records to {@code into}. An isolated unit runs under a savepoint: if
   * it fails, its own writes are undone and its failure returned, and the batch goes on.
   */
  private @Nullable RuntimeException run(Connection c, Pending pending, List<DecisionRecord> into)
      throws SQLException {
    if (!pending.isolated()) {
      into.addAll(pending.unit().write(c));
      return null;
    }
    Savepoint savepoint = c.setSavepoint();
    try {
      into.addAll(pending.unit().write(c));
      return null;
    } catch (SQLException e) {
      c.rollback(savepoint);
      return SqlStates.translate(e, "record a case step", database.url());
    } catch (RuntimeException e) {
      c.rollback(savepoint);
      return e;
    }
  }

  private static ChainCheckpoint lockHead(Connection c) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(AuditRows.LOCK_HEAD);
        ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        throw new SQLException("the audit_head row is missing", "23000");
      }
      return AuditRows.checkpoint(row);
    }
  }

  private static void insert(Connection c, List<AuditEntry> entries, ChainCheckpoint head)
      throws SQLException {
    if (entries.isEmpty()) {
      return; // every unit of the batch failed: the head stays where it is
    }
    try (PreparedStatement insert = c.prepareStatement(AuditRows.INSERT)) {
      for (AuditEntry entry : entries) {
        AuditRows.bind(insert, entry);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    indexCases(c, entries);
    try (PreparedStatement update = c.prepareStatement(AuditRows.UPDATE_HEAD)) {
      update.setLong(1, head.sequence());
      update.setString(2, head.headHash().hex());
      update.executeUpdate();
    }
  }

  /**
   * Indexes each case-review entry by its case, in the batch's transaction: how a case's state is
   * read from the chain without reading the whole chain (docs/decisions/0042).
   */
  private static void indexCases(Connection c, List<AuditEntry> entries) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(AuditRows.INSERT_CASE_INDEX)) {
      boolean any = false;
      for (AuditEntry entry : entries) {
        Optional<Long> caseId = CaseLedger.caseIdOf(entry.record());
        if (caseId.isPresent()) {
          insert.setLong(1, entry.sequence());
          insert.setLong(2, caseId.get());
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  private Connection connection() {
    Connection c = connection;
    if (c == null) {
      c = database.connect();
      connection = c;
    }
    return c;
  }

  private void dropConnection() {
    Connection c = connection;
    connection = null;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the connection is being discarded after a failure; a new one is opened for the next batch
      }
    }
  }

  /** Stops taking records, writes what is queued, and closes the connection. */
  @Override
  public void close() {
    closed = true;
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    dropConnection();
    failQueued();
  }

  private void failQueued() {
    StorageException closedMeanwhile =
        new StorageException(
            StorageException.Reason.OTHER,
            "The audit log was closed before this decision could be recorded; nothing was"
                + " written for it. Record it again after reopening the store.");
    for (Pending left; (left = queue.poll()) != null; ) {
      left.done().completeExceptionally(closedMeanwhile);
    }
  }
}
