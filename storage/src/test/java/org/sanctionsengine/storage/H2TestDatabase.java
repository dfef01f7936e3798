package org.sanctionsengine.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** An embedded H2 file database in a temporary directory. */
final class H2TestDatabase implements TestDatabase {
  private final Path home;
  private final DatabaseUrl url;

  H2TestDatabase() {
    try {
      home = Files.createTempDirectory("sanctions-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    url = DatabaseUrl.embedded(home);
  }

  @Override
  public DatabaseUrl url() {
    return url;
  }

  @Override
  public void tamper(String... sql) {
    try {
      run(
          Stream.concat(
                  Stream.of(
                      "DROP TRIGGER IF EXISTS audit_entry_append_only",
                      "DROP TRIGGER IF EXISTS audit_head_forward_only"),
                  Stream.of(sql))
              .toArray(String[]::new));
    } catch (SQLException e) {
      throw new IllegalStateException("tampering failed", e);
    }
  }

  @Override
  public void execute(String... sql) throws SQLException {
    run(sql);
  }

  private void run(String... sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url.jdbcUrl());
        Statement statement = c.createStatement()) {
      c.setAutoCommit(false);
      try {
        for (String s : sql) {
          statement.execute(s);
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
