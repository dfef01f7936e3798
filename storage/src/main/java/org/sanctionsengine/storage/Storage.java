package org.sanctionsengine.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.access.ApiKeyStore;
import org.sanctionsengine.audit.AuditLog;
import org.sanctionsengine.audit.CaseQueue;
import org.sanctionsengine.audit.CaseStore;

/**
 * An open store: the audit log, the cases and the API keys of one database. Opening brings the
 * schema up to date; closing writes what is queued and stops the audit writer. One {@code Storage}
 * per process and database: it owns the writer that keeps the chain linear.
 */
public final class Storage implements AutoCloseable {
  private final Database database;
  private final JdbcAuditLog auditLog;
  private final JdbcCaseStore caseStore;
  private final JdbcApiKeyStore apiKeys;
  private final Clock clock;
  private final @Nullable Connection keepOpen;

  private Storage(Database database, Clock clock, GroupCommitWriter.BeforeCommit beforeCommit) {
    this.database = database;
    this.clock = clock;
    // H2 closes an embedded database when its last connection closes, and the next connection
    // opens it again (slow), and in between another process could open the file. One connection
    // held for the life of the store keeps it open and locked to this process.
    this.keepOpen = database.dialect() == Dialect.H2 ? database.connect() : null;
    Migrations.migrate(database);
    this.auditLog = new JdbcAuditLog(database, clock, beforeCommit);
    this.caseStore = new JdbcCaseStore(database, auditLog);
    this.apiKeys = new JdbcApiKeyStore(database, auditLog, clock);
  }

  /** Opens (and if needed creates and migrates) the store at {@code url}. */
  public static Storage open(DatabaseUrl url, Clock clock) {
    return new Storage(new Database(url), clock, GroupCommitWriter.BeforeCommit.NONE);
  }

  /** For tests in this package: a store whose writer runs {@code beforeCommit} on each batch. */
  static Storage open(DatabaseUrl url, Clock clock, GroupCommitWriter.BeforeCommit beforeCommit) {
    return new Storage(new Database(url), clock, beforeCommit);
  }

  /**
   * The store named by {@code --db}, or else the embedded one under {@code sanctionsHome/db}.
   *
   * @param jdbcUrl the URL given by the user, or empty
   * @param sanctionsHome {@code $SANCTIONS_HOME}, by default {@code ~/.sanctions}
   */
  public static DatabaseUrl locate(String jdbcUrl, Path sanctionsHome) {
    return jdbcUrl.isBlank() ? DatabaseUrl.embedded(sanctionsHome) : DatabaseUrl.parse(jdbcUrl);
  }

  /**
   * Rewrites the embedded store into a compact file ({@code SHUTDOWN COMPACT}); the store must not
   * be open elsewhere. Every durable commit writes a new H2 chunk of the pages it touched, and H2
   * 2.3 reclaims little of that while the store is in use: a million decisions made a 2.4 GiB file
   * that compacts to a small fraction of it (docs/benchmarks.md, "Audit store size").
   *
   * @return the file's size before and after, in bytes
   */
  public static Compaction compact(DatabaseUrl url) {
    if (!url.jdbcUrl().startsWith("jdbc:h2:file:")) {
      throw new org.sanctionsengine.input.InvalidInputException(
          "Only the embedded store is compacted by this command; PostgreSQL manages its own files"
              + " (VACUUM). Leave --db out to compact the embedded store.");
    }
    String path = url.jdbcUrl().substring("jdbc:h2:file:".length()).split(";", 2)[0];
    java.nio.file.Path file = java.nio.file.Path.of(path + ".mv.db");
    long before = size(file);
    try (Connection c = java.sql.DriverManager.getConnection(url.jdbcUrl());
        java.sql.Statement statement = c.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw SqlStates.translate(e, "compact the store", url);
    }
    return new Compaction(before, size(file));
  }

  /** The embedded store's file size before and after {@link #compact}, in bytes. */
  public record Compaction(long bytesBefore, long bytesAfter) {}

  private static long size(java.nio.file.Path file) {
    try {
      return java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  public AuditLog auditLog() {
    return auditLog;
  }

  public CaseStore caseStore() {
    return caseStore;
  }

  /** The API keys that may call the server. */
  public ApiKeyStore apiKeys() {
    return apiKeys;
  }

  /** A page of the case queue, with the number of cases that match in all. */
  public org.sanctionsengine.audit.CaseQuery.Page queryCases(
      org.sanctionsengine.audit.CaseQuery query) {
    return caseStore.query(query);
  }

  /** The case workflow over this store, recording every step in its audit log. */
  public CaseQueue cases() {
    return new CaseQueue(caseStore, clock);
  }

  public DatabaseUrl url() {
    return database.url();
  }

  @Override
  public void close() {
    auditLog.close();
    database.close();
    if (keepOpen != null) {
      try {
        keepOpen.close();
      } catch (SQLException e) {
        throw SqlStates.translate(e, "close the store", database.url());
      }
    }
  }
}
