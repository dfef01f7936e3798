package org.sanctionsengine.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.StorageException;
import org.sanctionsengine.audit.AuditChain;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.AuditLog;
import org.sanctionsengine.audit.ChainCheckpoint;
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
          try {
            return AuditChain.verify(stored, sink -> streamUnchecked(c, sink));
          } catch (UncheckedSqlException e) {
            throw e.getCause();
          }
        });
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
