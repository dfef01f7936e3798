package org.sanctionsengine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.storage.DatabaseUrl;

/**
 * The server on a real PostgreSQL (started by {@code etc/postgres.sh}): screening, a case under
 * four eyes, and a valid audit chain, in a fresh schema. Fails under CI without PostgreSQL, never
 * skips there.
 */
class PostgresServerIT {
  private static String serverUrl;
  private static String schema;
  private static TestServer server;

  @BeforeAll
  static void start() throws SQLException {
    serverUrl = serverUrl();
    schema = "srv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(serverUrl);
        Statement statement = c.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    String url = serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    server = TestServer.start(TestServer.UN, home -> DatabaseUrl.parse(url));
  }

  @AfterAll
  static void stop() throws SQLException {
    if (server != null) {
      server.close();
    }
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(serverUrl);
          Statement statement = c.createStatement()) {
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Test
  void screenReviewAndVerify_onPostgres() {
    JsonNode screened =
        server
            .postJson(
                "/api/screen",
                server.alice,
                "{\"name\": \"Ri Hong Sop\", \"customerId\": \"PG-1\"}")
            .json();
    assertThat(screened.get("outcome").asText()).isEqualTo("match");
    long caseId = screened.get("cases").get(0).get("caseId").asLong();

    server.postJson(
        "/api/cases/" + caseId + "/clear", server.alice, "{\"reason\": \"other person\"}");
    TestServer.Response confirmed =
        server.postJson("/api/cases/" + caseId + "/confirm", server.bob, "{\"reason\": \"agree\"}");
    assertThat(confirmed.json().get("state").asText()).isEqualTo("cleared");

    JsonNode verification = server.get("/api/audit/verify", server.admin).json();
    assertThat(verification.get("valid").asBoolean()).isTrue();
    assertThat(verification.get("entriesChecked").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(server.server().engine().storage().url().jdbcUrl()).startsWith("jdbc:postgresql:");
  }

  private static String serverUrl() {
    String url = System.getenv("SANCTIONS_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      url = fromFile(System.getProperty("sanctions.postgres.url.file", ".sanctions/postgres.url"));
    }
    boolean ci = "true".equals(String.valueOf(System.getenv("CI")).toLowerCase(Locale.ROOT));
    String missing =
        "No PostgreSQL for the integration tests: run etc/postgres.sh, or set"
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
}
