package org.sanctionsengine.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctionsengine.StorageException;

/**
 * Brings a store's schema up to date from versioned SQL files, {@code migrations/<dialect>/001.sql,
 * 002.sql ...} beside this class. Each file's first line is a {@code --} comment that describes it.
 * Applied versions are recorded with the SHA-256 of their text in {@code schema_version}; a
 * recorded file whose text changed since is refused, because the schema would no longer be what the
 * file says. See docs/decisions/0040-storage-database-and-migrations.md.
 */
final class Migrations {
  private static final String CREATE_VERSION_TABLE =
      "CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL PRIMARY KEY,"
          + " description VARCHAR(200) NOT NULL, checksum CHAR(64) NOT NULL)";

  /** The PostgreSQL advisory lock key held while migrating ("SANCTION" in ASCII digits). */
  private static final long MIGRATION_LOCK = 83_657_867_384_779L;

  /** One versioned script. */
  record Script(int version, String description, String text, String checksum) {}

  private Migrations() {}

  /** Applies every script not yet applied, each in its own transaction; returns how many. */
  static synchronized int migrate(Database database) {
    int count = 0;
    for (Script script : scripts(database.dialect())) {
      // Each script in its own transaction, under a lock: two processes starting at once on one
      // PostgreSQL apply it once (H2 admits one process anyway).
      String checksum =
          database.transaction(
              "apply migration " + script.version(),
              c -> {
                lock(c, database.dialect());
                String recorded = appliedVersions(c).get(script.version());
                if (recorded == null) {
                  apply(c, script);
                }
                return recorded == null ? "" : recorded;
              });
      if (checksum.isEmpty()) {
        count++;
      } else if (!checksum.equals(script.checksum())) {
        throw changedScript(database, script, checksum);
      }
    }
    return count;
  }

  private static void lock(Connection c, Dialect dialect) throws SQLException {
    switch (dialect) {
      case POSTGRESQL -> {
        try (Statement statement = c.createStatement()) {
          statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
        }
      }
      case H2 -> {
        // one process per embedded database: nothing to lock against
      }
    }
  }

  static List<Script> scripts(Dialect dialect) {
    List<Script> scripts = new ArrayList<>();
    for (int version = 1; ; version++) {
      String name = String.format(Locale.ROOT, "migrations/%s/%03d.sql", dialect.code(), version);
      try (InputStream in = Migrations.class.getResourceAsStream(name)) {
        if (in == null) {
          return scripts;
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String description = text.lines().findFirst().orElse("").replaceFirst("^--\\s*", "");
        scripts.add(new Script(version, description, text, sha256(text)));
      } catch (IOException e) {
        throw new IllegalStateException("migration " + name + " is unreadable", e);
      }
    }
  }

  private static Map<Integer, String> appliedVersions(Connection c) throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.execute(CREATE_VERSION_TABLE);
    }
    Map<Integer, String> applied = new HashMap<>();
    try (Statement statement = c.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version, checksum FROM schema_version")) {
      while (rows.next()) {
        applied.put(rows.getInt(1), rows.getString(2));
      }
    }
    return applied;
  }

  private static Void apply(Connection c, Script script) throws SQLException {
    try (Statement statement = c.createStatement()) {
      for (String sql : statements(script.text())) {
        statement.execute(sql);
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO schema_version (version, description, checksum) VALUES (?, ?, ?)")) {
      insert.setInt(1, script.version());
      insert.setString(2, script.description());
      insert.setString(3, script.checksum());
      insert.executeUpdate();
    }
    return null;
  }

  /**
   * Splits a script at lines ending in {@code ;}, except inside {@code $$} bodies (PL/pgSQL).
   * Comment lines are dropped.
   */
  static List<String> statements(String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inBody = false;
    for (String line : text.lines().toList()) {
      if (!inBody && line.strip().startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if ((line.split("\\$\\$", -1).length - 1) % 2 == 1) {
        inBody = !inBody;
      }
      if (!inBody && line.strip().endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static StorageException changedScript(Database database, Script script, String recorded) {
    return new StorageException(
        StorageException.Reason.SCHEMA,
        "Migration "
            + script.version()
            + " ("
            + script.description()
            + ") was applied to the store at "
            + database.url().redacted()
            + " with different text than this version ships (recorded checksum "
            + recorded
            + ", shipped "
            + script.checksum()
            + "). Applied migrations must never change; add a new"
            + " numbered file instead, or use the version of the application that created this"
            + " store.");
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
