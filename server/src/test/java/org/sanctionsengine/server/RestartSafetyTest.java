package org.sanctionsengine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.storage.DatabaseUrl;
import org.sanctionsengine.storage.Storage;

/**
 * The server killed with SIGKILL in the middle of a streamed batch, then started again, has lost no
 * decision it had answered, and its audit chain is valid: a result line is sent only once its
 * decision is durably committed.
 */
class RestartSafetyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Lines received before the kill: several chunks of the streamed batch. */
  static final int KILL_AFTER_LINES = 700;

  /** Rows in the uploaded batch: far more than are answered before the kill. */
  static final int ROWS = 20_000;

  @TempDir Path home;

  @Test
  void killedDuringABatch_losesNoAnsweredDecisionAndKeepsTheChainValid() throws Exception {
    TestServer.importLists(home, TestServer.UN);
    DatabaseUrl database = DatabaseUrl.embedded(home);
    String key;
    String admin;
    try (Storage storage = Storage.open(database, Clock.systemUTC())) {
      key =
          storage
              .apiKeys()
              .issue(
                  "batch-job",
                  Role.SCREENER,
                  org.sanctionsengine.access.Issuer.withoutKey("test setup"))
              .secret();
      admin =
          storage
              .apiKeys()
              .issue(
                  "admin", Role.ADMIN, org.sanctionsengine.access.Issuer.withoutKey("test setup"))
              .secret();
    }

    Process first = startServer(database, home.resolve("port-1"));
    Map<Long, String> answered;
    try {
      answered = streamUntilKilled(port(home.resolve("port-1"), first), key, first);
    } finally {
      first.destroyForcibly().waitFor();
    }
    // Killed part-way: some rows were answered, not all of them.
    assertThat(answered).hasSizeGreaterThanOrEqualTo(KILL_AFTER_LINES).hasSizeLessThan(ROWS);

    Process second = startServer(database, home.resolve("port-2"));
    try {
      int port = port(home.resolve("port-2"), second);
      JsonNode verified = get(port, "/api/audit/verify", admin);
      assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
      assertThat(verified.get("entriesChecked").asLong()).isGreaterThanOrEqualTo(answered.size());
    } finally {
      second.destroy();
      second.waitFor();
    }

    try (Storage storage = Storage.open(database, Clock.systemUTC())) {
      assertThat(storage.auditLog().verify().isValid()).isTrue();
      Map<Long, String> stored = new HashMap<>();
      storage.auditLog().forEach(1, e -> stored.put(e.sequence(), subject(e)));
      for (Map.Entry<Long, String> decision : answered.entrySet()) {
        assertThat(stored.get(decision.getKey()))
            .as("decision %d answered before the kill", decision.getKey())
            .contains("\"customerId\":\"" + decision.getValue() + "\"");
      }
    }
  }

  private static String subject(AuditEntry e) {
    return e.record().subject().text();
  }

  private Process startServer(DatabaseUrl database, Path portFile) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            ServerProcess.class.getName(),
            home.toString(),
            database.jdbcUrl(),
            portFile.toString())
        .redirectErrorStream(true)
        .redirectOutput(home.resolve(portFile.getFileName() + ".log").toFile())
        .start();
  }

  private static int port(Path portFile, Process process) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!Files.exists(portFile)) {
      assertThat(process.isAlive()).as("server process died; see its log").isTrue();
      assertThat(System.nanoTime() - deadline).as("server did not start").isNegative();
      Thread.sleep(50);
    }
    return Integer.parseInt(Files.readString(portFile).strip());
  }

  /**
   * Streams a large CSV batch and kills the server once {@link #KILL_AFTER_LINES} result lines have
   * arrived; returns the decision id and customer id of every line received.
   */
  private static Map<Long, String> streamUntilKilled(int port, String key, Process server)
      throws Exception {
    StringBuilder csv = new StringBuilder("id,name\n");
    String[] names = {"Ri Hong Sop", "Jane Austen", "Kim Jong Sik", "Pak To Chun", "Maria Lopez"};
    for (int i = 0; i < ROWS; i++) {
      csv.append("C").append(i).append(',').append(names[i % names.length]).append('\n');
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/screen/batch"))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
            .build();
    Map<Long, String> answered = new HashMap<>();
    HttpResponse<Stream<String>> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> lines = new ArrayList<>();
    try (Stream<String> body = response.body()) {
      Iterator<String> it = body.iterator();
      while (it.hasNext()) {
        String line = it.next();
        lines.add(line);
        JsonNode result = JSON.readTree(line);
        answered.put(result.get("decisionId").asLong(), result.get("id").asText());
        if (lines.size() == KILL_AFTER_LINES) {
          server.destroyForcibly();
          server.waitFor();
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // the connection breaks when the server is killed: expected
    }
    return answered;
  }

  private static JsonNode get(int port, String path, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (!key.isEmpty()) {
      request.header("Authorization", "Bearer " + key);
    }
    return JSON.readTree(
        HttpClient.newHttpClient()
            .send(request.build(), HttpResponse.BodyHandlers.ofString())
            .body());
  }
}
