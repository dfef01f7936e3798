package org.sanctionsengine.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.audit.AuditChain;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.CanonicalJson;
import org.sanctionsengine.audit.ChainCheckpoint;
import org.sanctionsengine.audit.ChainHash;
import org.sanctionsengine.audit.DecisionKind;
import org.sanctionsengine.audit.DecisionRecord;

/** The audit tables' SQL and the mapping between rows and entries. */
final class AuditRows {
  static final String COLUMNS =
      "sequence, recorded_at, kind, outcome, regime_version, list_snapshots, subject, decision,"
          + " previous_hash, hash";
  static final String INSERT =
      "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String SELECT_FROM =
      "SELECT " + COLUMNS + " FROM audit_entry WHERE sequence >= ? ORDER BY sequence";
  static final String INSERT_CASE_INDEX =
      "INSERT INTO case_audit (sequence, case_id) VALUES (?, ?)";
  static final String SELECT_CASE_TRAIL =
      "SELECT "
          + COLUMNS
          + " FROM audit_entry WHERE sequence IN (SELECT sequence FROM case_audit WHERE case_id ="
          + " ?) AND sequence <= (SELECT sequence FROM audit_head WHERE id = 1) ORDER BY sequence";
  static final String SELECT_HEAD = "SELECT sequence, hash FROM audit_head WHERE id = 1";
  static final String LOCK_HEAD = SELECT_HEAD + " FOR UPDATE";
  static final String UPDATE_HEAD = "UPDATE audit_head SET sequence = ?, hash = ? WHERE id = 1";

  private AuditRows() {}

  static void bind(PreparedStatement insert, AuditEntry entry) throws SQLException {
    DecisionRecord record = entry.record();
    insert.setLong(1, entry.sequence());
    insert.setObject(2, OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC));
    insert.setString(3, record.kind().code());
    insert.setString(4, record.outcome());
    insert.setString(5, record.regimeVersion());
    insert.setString(6, String.join(",", record.listSnapshotIds()));
    insert.setString(7, record.subject().text());
    insert.setString(8, record.decision().text());
    insert.setString(9, entry.previousHash().hex());
    insert.setString(10, entry.hash().hex());
  }

  /** Hands the current row to the sink: as an entry, or as unreadable if a field is invalid. */
  static void read(ResultSet row, AuditChain.EntrySink sink) throws SQLException {
    long sequence = row.getLong(1);
    AuditEntry entry;
    try {
      entry = entry(row);
    } catch (SanctionsException | IllegalArgumentException | NullPointerException e) {
      sink.acceptUnreadable(sequence, e.getMessage() == null ? e.toString() : e.getMessage());
      return;
    }
    sink.accept(entry);
  }

  static AuditEntry entry(ResultSet row) throws SQLException {
    String snapshots = row.getString(6);
    DecisionRecord record =
        new DecisionRecord(
            DecisionKind.parse(row.getString(3)),
            new CanonicalJson(row.getString(7)),
            row.getString(4),
            new CanonicalJson(row.getString(8)),
            snapshots.isEmpty() ? List.of() : Arrays.asList(snapshots.split(",", -1)),
            row.getString(5));
    return new AuditEntry(
        row.getLong(1),
        row.getObject(2, OffsetDateTime.class).toInstant(),
        record,
        new ChainHash(row.getString(9)),
        new ChainHash(row.getString(10)));
  }

  static ChainCheckpoint checkpoint(ResultSet row) throws SQLException {
    return new ChainCheckpoint(row.getLong(1), new ChainHash(row.getString(2)));
  }
}
