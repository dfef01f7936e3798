package org.sanctionsengine.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsengine.StorageException;
import org.sanctionsengine.audit.Alert;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.audit.CaseAction;
import org.sanctionsengine.audit.CaseAudit;
import org.sanctionsengine.audit.CaseEvent;
import org.sanctionsengine.audit.CaseQuery;
import org.sanctionsengine.audit.CaseState;
import org.sanctionsengine.audit.CaseStore;
import org.sanctionsengine.audit.CaseTransition;
import org.sanctionsengine.audit.Reviewer;

/**
 * Cases in a JDBC store: one row per case, its history in append-only event rows. Writes go through
 * the audit log's writer, so that each step and its audit entry share one transaction.
 */
final class JdbcCaseStore implements CaseStore {
  private static final String CASE_COLUMNS =
      "id, customer_id, list_entry_id, entry_version, score, decision_sequence, state";

  private final Database database;
  private final JdbcAuditLog auditLog;

  JdbcCaseStore(Database database, JdbcAuditLog auditLog) {
    this.database = database;
    this.auditLog = auditLog;
  }

  @Override
  public Case open(Alert alert, CaseEvent opened) {
    List<Case> opening = new ArrayList<>(1);
    auditLog.appendWith(
        c -> {
          long id = insertCase(c, alert);
          insertEvent(c, id, 0, opened);
          Case created = new Case(id, alert, CaseState.OPEN, List.of(opened));
          opening.add(created);
          return List.of(CaseAudit.recordOf(created));
        });
    return opening.get(0);
  }

  @Override
  public Optional<Case> find(long caseId) {
    return database.read("read case " + caseId, c -> find(c, caseId));
  }

  @Override
  public List<Case> list(Set<CaseState> states, int limit) {
    if (states.isEmpty()) {
      return List.of();
    }
    String in = states.stream().map(s -> "'" + s.code() + "'").collect(Collectors.joining(","));
    String sql =
        "SELECT id FROM review_case WHERE state IN (" + in + ") ORDER BY id LIMIT " + limit;
    return database.read(
        "list cases",
        c -> {
          List<Case> cases = new ArrayList<>();
          for (long id : ids(c, sql)) {
            find(c, id).ifPresent(cases::add);
          }
          return cases;
        });
  }

  /** A page of the queue and the total, read in one snapshot (CaseQuery). */
  CaseQuery.Page query(CaseQuery query) {
    String in =
        query.states().stream().map(st -> "'" + st.code() + "'").collect(Collectors.joining(","));
    String where =
        " FROM review_case r WHERE r.state IN ("
            + in
            + ") AND r.score >= ? AND (? = '' OR r.list_entry_id LIKE ?)"
            + " AND (CAST(? AS TIMESTAMP(6) WITH TIME ZONE) IS NULL OR (SELECT e.happened_at FROM"
            + " review_case_event e WHERE e.case_id = r.id AND e.step = 0)"
            + " < CAST(? AS TIMESTAMP(6) WITH TIME ZONE))";
    return database.read(
        "list cases",
        c -> {
          c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
          long total;
          try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*)" + where)) {
            bind(count, query);
            try (ResultSet row = count.executeQuery()) {
              row.next();
              total = row.getLong(1);
            }
          }
          List<Long> ids = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT r.id"
                      + where
                      + " ORDER BY "
                      + query.sort().sql()
                      + " LIMIT "
                      + query.limit()
                      + " OFFSET "
                      + query.offset())) {
            bind(select, query);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                ids.add(rows.getLong(1));
              }
            }
          }
          List<Case> cases = new ArrayList<>();
          for (long id : ids) {
            find(c, id).ifPresent(cases::add);
          }
          return new CaseQuery.Page(total, cases);
        });
  }

  private static void bind(PreparedStatement select, CaseQuery query) throws SQLException {
    select.setDouble(1, query.minScore());
    select.setString(2, query.listSource());
    select.setString(3, query.listSource() + ":%");
    OffsetDateTime before =
        query.openedBefore().map(at -> OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).orElse(null);
    select.setObject(4, before);
    select.setObject(5, before);
  }

  @Override
  public Optional<Case> findCleared(Alert alert) {
    return findFirst(
        "find a cleared case",
        "SELECT id FROM review_case WHERE customer_id = ? AND list_entry_id = ?"
            + " AND entry_version = ? AND state = 'cleared' ORDER BY id DESC",
        alert.customerId(),
        alert.listEntryId(),
        alert.entryVersion());
  }

  @Override
  public Optional<Case> findUnresolved(String customerId, String listEntryId) {
    return findFirst(
        "find an open case",
        "SELECT id FROM review_case WHERE customer_id = ? AND list_entry_id = ?"
            + " AND state NOT IN ('cleared', 'confirmed') ORDER BY id",
        customerId,
        listEntryId);
  }

  @Override
  public Optional<Case> findConfirmed(String customerId, String listEntryId) {
    return findFirst(
        "find a confirmed match",
        "SELECT id FROM review_case WHERE customer_id = ? AND list_entry_id = ?"
            + " AND state = 'confirmed' ORDER BY id",
        customerId,
        listEntryId);
  }

  @Override
  public List<AuditEntry> auditTrail(long caseId) {
    return database.read(
        "read the audit entries of case " + caseId,
        c -> {
          List<AuditEntry> trail = new ArrayList<>();
          try (PreparedStatement select = c.prepareStatement(AuditRows.SELECT_CASE_TRAIL)) {
            select.setLong(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                trail.add(AuditRows.entry(rows));
              }
            }
          }
          return trail;
        });
  }

  @Override
  public void apply(CaseTransition transition) {
    auditLog.appendWith(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement("UPDATE review_case SET state = ? WHERE id = ? AND state = ?")) {
            update.setString(1, transition.to().code());
            update.setLong(2, transition.caseId());
            update.setString(3, transition.from().code());
            if (update.executeUpdate() != 1) {
              throw conflict(transition);
            }
          }
          insertEvent(c, transition.caseId(), nextStep(c, transition.caseId()), transition.event());
          return List.of(CaseAudit.recordOf(transition.after()));
        });
  }

  private Optional<Case> findFirst(String what, String sql, String... parameters) {
    return database.read(
        what,
        c -> {
          try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
              select.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? find(c, row.getLong(1)) : Optional.empty();
            }
          }
        });
  }

  private static Optional<Case> find(Connection c, long caseId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT " + CASE_COLUMNS + " FROM review_case WHERE id = ?")) {
      select.setLong(1, caseId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Alert alert =
            new Alert(
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getDouble(5),
                row.getLong(6));
        return Optional.of(
            new Case(caseId, alert, CaseState.parse(row.getString(7)), events(c, caseId)));
      }
    }
  }

  private static List<CaseEvent> events(Connection c, long caseId) throws SQLException {
    List<CaseEvent> events = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT action, reviewer, happened_at, reason, key_id FROM review_case_event"
                + " WHERE case_id = ? ORDER BY step")) {
      select.setLong(1, caseId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          events.add(
              new CaseEvent(
                  CaseAction.parse(row.getString(1)),
                  new Reviewer(row.getString(2), row.getLong(5)),
                  row.getObject(3, OffsetDateTime.class).toInstant(),
                  row.getString(4)));
        }
      }
    }
    return events;
  }

  private static long insertCase(Connection c, Alert alert) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO review_case (customer_id, list_entry_id, entry_version, score,"
                + " decision_sequence, state) VALUES (?, ?, ?, ?, ?, 'open')",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, alert.customerId());
      insert.setString(2, alert.listEntryId());
      insert.setString(3, alert.entryVersion());
      insert.setDouble(4, alert.score());
      insert.setLong(5, alert.decisionSequence());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void insertEvent(Connection c, long caseId, int step, CaseEvent event)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO review_case_event (case_id, step, action, reviewer, happened_at, reason,"
                + " key_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, caseId);
      insert.setInt(2, step);
      insert.setString(3, event.action().code());
      insert.setString(4, event.reviewer().name());
      insert.setObject(5, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
      insert.setString(6, event.reason());
      insert.setLong(7, event.reviewer().keyId());
      insert.executeUpdate();
    }
  }

  private static int nextStep(Connection c, long caseId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT COUNT(*) FROM review_case_event WHERE case_id = ?")) {
      select.setLong(1, caseId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private static List<Long> ids(Connection c, String sql) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement select = c.createStatement();
        ResultSet rows = select.executeQuery(sql)) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  private StorageException conflict(CaseTransition transition) {
    return new StorageException(
        StorageException.Reason.CONFLICT,
        "Case "
            + transition.caseId()
            + " is no longer "
            + transition.from().code()
            + " in the store at "
            + database.url().redacted()
            + ": another reviewer acted on it meanwhile, so '"
            + transition.event().action().code()
            + "' was not recorded. Look at it again with `sanctions cases show "
            + transition.caseId()
            + "`.");
  }
}
