package org.sanctionsengine.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.StorageException;
import org.sanctionsengine.audit.Alert;
import org.sanctionsengine.audit.AuditChain;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.AuditLog;
import org.sanctionsengine.audit.CaseLedger;
import org.sanctionsengine.audit.CaseState;
import org.sanctionsengine.audit.ChainCheckpoint;
import org.sanctionsengine.audit.ChainProblem;
import org.sanctionsengine.audit.ChainVerification;
import org.sanctionsengine.audit.DecisionRecord;

/** The audit log in a JDBC store: appends go through the group-commit writer, reads are direct. */
final class JdbcAuditLog implements AuditLog, AutoCloseable {
  private static final int FETCH_SIZE = 500;

  private final Database database;
  private final GroupCommitWriter writer;

  JdbcAuditLog(Database database, Clock clock, GroupCommitWriter.BeforeCommit beforeCommit) {
    this.database = database;
    this.writer = new GroupCommitWriter(database, clock, beforeCommit);
  }

  @Override
  public AuditEntry append(DecisionRecord record) {
    return writer.submit(List.of(record)).get(0);
  }

  @Override
  public List<AuditEntry> appendAll(List<DecisionRecord> records) {
    return records.isEmpty() ? List.of() : writer.submit(records);
  }

  /** Runs {@code unit} in the next batch transaction and appends the records it returns. */
  List<AuditEntry> appendWith(GroupCommitWriter.Unit unit) {
    return writer.submit(unit);
  }

  @Override
  public void forEach(long fromSequence, Consumer<AuditEntry> action) {
    database.read(
        "read the audit log",
        c -> {
          stream(c, fromSequence, new ReadingSink(action));
          return null;
        });
  }

  @Override
  public List<AuditEntry> last(int count) {
    return database.read(
        "read the audit log",
        c -> {
          List<AuditEntry> entries = new ArrayList<>();
          String sql =
              "SELECT " + AuditRows.COLUMNS + " FROM audit_entry ORDER BY sequence DESC LIMIT ?";
          try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setInt(1, count);
            try (ResultSet rows = select.executeQuery()) {
              ReadingSink sink = new ReadingSink(entries::add);
              while (rows.next()) {
                AuditRows.read(rows, sink);
              }
            }
          }
          Collections.reverse(entries);
          return entries;
        });
  }

  @Override
  public ChainCheckpoint checkpoint() {
    return database.read("read the audit head", JdbcAuditLog::checkpoint);
  }

  @Override
  public ChainVerification verify() {
    return database.read(
        "verify the audit log",
        c -> {
          // One snapshot for the head and the entries: appends committing meanwhile are not seen.
          c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
          ChainCheckpoint stored = checkpoint(c);
          CaseLedger ledger = new CaseLedger();
          ChainVerification chain;
          try {
            chain = AuditChain.verify(stored, sink -> streamUnchecked(c, new Tee(sink, ledger)));
          } catch (UncheckedSqlException e) {
            throw e.getCause();
          }
          return chain.withCases(caseProblems(c, ledger), ledger.fourEyesNotes());
        });
  }

  /**
   * Every case whose row disagrees with what the chain says of it (decision 0042), and every case
   * the chain knows that has no row.
   */
  private static List<ChainProblem> caseProblems(Connection c, CaseLedger ledger)
      throws SQLException {
    List<ChainProblem> problems = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    String sql =
        "SELECT id, customer_id, list_entry_id, entry_version, score, decision_sequence, state"
            + " FROM review_case ORDER BY id";
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setFetchSize(FETCH_SIZE);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          long id = row.getLong(1);
          seen.add(id);
          caseProblem(ledger, id, row).ifPresent(problems::add);
        }
      }
    }
    for (CaseLedger.ChainedCase chained : ledger.cases().values()) {
      if (!seen.contains(chained.caseId())) {
        List<Long> sequences = chained.sequences();
        problems.add(
            new ChainProblem.CaseDisagrees(
                chained.caseId(),
                sequences.get(sequences.size() - 1),
                "the audit chain has it ("
                    + chained.state().code()
                    + ") but the store has no"
                    + " row for it: the row was deleted"));
      }
    }
    return problems;
  }

  private static Optional<ChainProblem> caseProblem(CaseLedger ledger, long id, ResultSet row)
      throws SQLException {
    String how;
    try {
      Alert alert =
          new Alert(
              row.getString(2),
              row.getString(3),
              row.getString(4),
              row.getDouble(5),
              row.getLong(6));
      how = ledger.disagreement(id, alert, CaseState.parse(row.getString(7))).orElse(null);
    } catch (SanctionsException | IllegalArgumentException e) {
      how = "its row does not read as a case (" + e.getMessage() + ")";
    }
    if (how == null) {
      return Optional.empty();
    }
    long last = ledger.chained(id).map(k -> k.sequences().get(k.sequences().size() - 1)).orElse(0L);
    return Optional.of(new ChainProblem.CaseDisagrees(id, last, how));
  }

  /** Hands each entry to the verifier and to the case ledger. */
  private record Tee(AuditChain.EntrySink sink, CaseLedger ledger) implements AuditChain.EntrySink {
    @Override
    public void accept(AuditEntry entry) {
      sink.accept(entry);
      // An entry whose hash does not match is reported by the verifier; it tells no case's state.
      if (entry.isSelfConsistent()) {
        ledger.accept(entry);
      }
    }

    @Override
    public void acceptUnreadable(long sequence, String why) {
      sink.acceptUnreadable(sequence, why);
    }
  }

  private static ChainCheckpoint checkpoint(Connection c) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(AuditRows.SELECT_HEAD);
        ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        throw new StorageException(
            StorageException.Reason.SCHEMA,
            "The audit head row is missing from the store: the table audit_head was emptied"
                + " behind the application's back. Treat the audit log as tampered with.");
      }
      return AuditRows.checkpoint(row);
    }
  }

  private static void streamUnchecked(Connection c, AuditChain.EntrySink sink) {
    try {
      stream(c, 1, sink);
    } catch (SQLException e) {
      throw new UncheckedSqlException(e);
    }
  }

  private static void stream(Connection c, long fromSequence, AuditChain.EntrySink sink)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(AuditRows.SELECT_FROM)) {
      select.setFetchSize(FETCH_SIZE);
      select.setLong(1, fromSequence);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          AuditRows.read(rows, sink);
        }
      }
    }
  }

  @Override
  public void close() {
    writer.close();
  }

  /** Reads entries for display; a row that no longer reads as an entry stops the reading. */
  private record ReadingSink(Consumer<AuditEntry> action) implements AuditChain.EntrySink {
    @Override
    public void accept(AuditEntry entry) {
      action.accept(entry);
    }

    @Override
    public void acceptUnreadable(long sequence, String why) {
      throw new StorageException(
          StorageException.Reason.DATA,
          "Audit log entry "
              + sequence
              + " cannot be read: "
              + why
              + ". The log was changed outside the application; run `sanctions audit verify` to"
              + " see every altered entry.");
    }
  }

  /** Carries a database error through the verifier's callback. */
  private static final class UncheckedSqlException extends SanctionsException {
    private static final long serialVersionUID = 1L;

    UncheckedSqlException(SQLException cause) {
      super(cause.getMessage() == null ? "database error" : cause.getMessage(), cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
