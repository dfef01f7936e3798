package org.sanctionsengine.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema in the PostgreSQL that {@code etc/postgres.sh} started. The server's URL comes
 * from {@code $SANCTIONS_TEST_POSTGRES_URL}, else from the file the script writes ({@code
 * .sanctions/postgres.url}). Without one the test fails under CI ({@code CI=true}) and is skipped
 * with a hint elsewhere: CI must never pass by skipping.
 */
final class PostgresTestDatabase implements TestDatabase {
  private final String serverUrl;
  private final String schema;
  private final DatabaseUrl url;

  PostgresTestDatabase() {
    serverUrl = serverUrl();
    schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(serverUrl);
        Statement statement = c.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema at " + serverUrl, e);
    }
    url =
        DatabaseUrl.parse(
            serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  static String serverUrl() {
    String url = System.getenv("SANCTIONS_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      url = fromFile(System.getProperty("sanctions.postgres.url.file", ".sanctions/postgres.url"));
    }
    boolean ci = "true".equals(String.valueOf(System.getenv("CI")).toLowerCase(Locale.ROOT));
    String missing =
        "No PostgreSQL for the integration tests: run etc/postgres.sh (it installs, starts and"
            + " prints the server's JDBC URL into .sanctions/postgres.url), or set"
            + " SANCTIONS_TEST_POSTGRES_URL.";
    if (url.isBlank()) {
      if (ci) {
        Assertions.fail(missing + " Under CI this is a failure, never a skip.");
      }
      Assumptions.abort(missing);
    }
    return url;
  }

  private static String fromFile(String file) {
    Path path = Path.of(file);
    try {
      return Files.isRegularFile(path)
          ? Files.readString(path, StandardCharsets.UTF_8).strip()
          : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public DatabaseUrl url() {
    return url;
  }

  @Override
  public void tamper(String... sql) {
    try {
      run(
          Stream.of(
                  Stream.of(
                      "ALTER TABLE audit_entry DISABLE TRIGGER USER",
                      "ALTER TABLE audit_head DISABLE TRIGGER USER"),
                  Stream.of(sql),
                  Stream.of(
                      "ALTER TABLE audit_entry ENABLE TRIGGER USER",
                      "ALTER TABLE audit_head ENABLE TRIGGER USER"))
              .flatMap(s -> s)
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
    try (Connection c = DriverManager.getConnection(serverUrl);
        Statement statement = c.createStatement()) {
      statement.execute("DROP SCHEMA " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test schema " + schema, e);
    }
  }
}
