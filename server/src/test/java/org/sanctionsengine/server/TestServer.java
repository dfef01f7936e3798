package org.sanctionsengine.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ListFiles;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.storage.DatabaseUrl;
import org.sanctionsengine.storage.Storage;
import org.sanctionsengine.testing.SharedData;

/**
 * A real server on a free loopback port, over a fresh home with real lists imported from {@code
 * shared/data} and an embedded store, with keys for an administrator, a screener and two reviewers
 * (alice and bob: four eyes). Close it to stop the server and delete its files.
 */
public final class TestServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The UN list alone: quick to import, 1,003 entries. */
  public static final List<String> UN = List.of("un/consolidated.xml");

  /** UN and OFAC SDN: about 10,000 entries, what the load test screens against. */
  public static final List<String> UN_AND_OFAC =
      List.of("un/consolidated.xml", "ofac/sdn_legacy_csv");

  private final Path home;
  private final SanctionsServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  public final String admin;
  public final String screener;
  public final String alice;
  public final String bob;

  private TestServer(Path home, SanctionsServer server, String[] keys) {
    this.home = home;
    this.server = server;
    this.admin = keys[0];
    this.screener = keys[1];
    this.alice = keys[2];
    this.bob = keys[3];
  }

  public static TestServer start(List<String> lists) {
    return start(lists, DatabaseUrl::embedded);
  }

  /** A server whose store is made from its home (embedded) or given (PostgreSQL). */
  public static TestServer start(
      List<String> lists, java.util.function.Function<Path, DatabaseUrl> database) {
    try {
      Path home = Files.createTempDirectory("sanctions-server-test");
      importLists(home, lists);
      DatabaseUrl url = database.apply(home);
      String[] keys = new String[4];
      try (Storage storage = Storage.open(url, Clock.systemUTC())) {
        keys[0] =
            storage
                .apiKeys()
                .issue(
                    "admin", Role.ADMIN, org.sanctionsengine.access.Issuer.withoutKey("test setup"))
                .secret();
        keys[1] =
            storage
                .apiKeys()
                .issue(
                    "screening-bot",
                    Role.SCREENER,
                    org.sanctionsengine.access.Issuer.withoutKey("test setup"))
                .secret();
        keys[2] =
            storage
                .apiKeys()
                .issue(
                    "alice",
                    Role.REVIEWER,
                    org.sanctionsengine.access.Issuer.withoutKey("test setup"))
                .secret();
        keys[3] =
            storage
                .apiKeys()
                .issue(
                    "bob",
                    Role.REVIEWER,
                    org.sanctionsengine.access.Issuer.withoutKey("test setup"))
                .secret();
      }
      SanctionsServer server =
          SanctionsServer.start(ServerSettings.of(0, home, url), Clock.systemUTC());
      return new TestServer(home, server, keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void importLists(Path home, List<String> lists) {
    SnapshotStore store = SnapshotStore.open(home, Clock.systemUTC());
    for (String list : lists) {
      Path path = SharedData.sharedDir().resolve("data").resolve(list);
      for (ListFiles.TypedInput input : ListFiles.group(List.of(path), Optional.empty())) {
        store.importList(input.format(), input.input(), ImportOptions.defaults());
      }
    }
  }

  public Path home() {
    return home;
  }

  public SanctionsServer server() {
    return server;
  }

  public String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A response: its status, content type and body, and all its headers. */
  public record Response(
      int status, String contentType, String body, java.net.http.HttpHeaders headers) {
    public Response(int status, String contentType, String body) {
      this(status, contentType, body, java.net.http.HttpHeaders.of(Map.of(), (k, v) -> true));
    }

    /** The first value of a header, or empty. */
    public String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  public Response get(String path, String key) {
    return send(request(path, key).GET().build());
  }

  public Response postJson(String path, String key, String body) {
    return send(
        request(path, key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public Response post(String path, String key, String contentType, String body) {
    return send(
        request(path, key)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public Response delete(String path, String key) {
    return send(request(path, key).DELETE().build());
  }

  private HttpRequest.Builder request(String path, String key) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
    if (!key.isEmpty()) {
      builder.header("Authorization", "Bearer " + key);
    }
    return builder;
  }

  public Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
