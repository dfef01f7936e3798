package org.sanctionsengine.server.recon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctionsengine.server.ReconSchemas;
import org.sanctionsengine.server.TestServer;

/**
 * The W3C Reconciliation Service API 0.2, checked with the spec's own JSON schemas and examples
 * (read in place from {@code shared/specs/reconciliation-api-0.2}): every answer of ours validates
 * against its schema; the spec's valid query batches are answered, its invalid ones refused.
 */
class ReconciliationApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReconSchemas SCHEMAS = ReconSchemas.load();
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.UN);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Path> examples(String kind, String validity) throws IOException {
    Path dir = ReconSchemas.specDir().resolve("examples").resolve(kind).resolve(validity);
    return Files.list(dir).sorted().toList().stream();
  }

  static Stream<Path> validQueryBatches() throws IOException {
    return examples("reconciliation-query-batch", "valid");
  }

  static Stream<Path> invalidQueryBatches() throws IOException {
    return examples("reconciliation-query-batch", "invalid");
  }

  static Stream<Path> validManifests() throws IOException {
    return examples("manifest", "valid");
  }

  static Stream<Path> invalidManifests() throws IOException {
    return examples("manifest", "invalid");
  }

  private static TestServer.Response reconcile(String queries) {
    String form = "queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8);
    return server.post("/reconcile", server.screener, "application/x-www-form-urlencoded", form);
  }

  @Test
  void manifest_validatesAgainstTheSpecSchema() {
    TestServer.Response r = server.get("/reconcile", server.screener);

    assertThat(r.status()).isEqualTo(200);
    assertThat(SCHEMAS.problems("manifest.json", r.json())).isEmpty();
    assertThat(r.json().get("versions").toString()).contains("0.2");
  }

  @ParameterizedTest
  @MethodSource("validManifests")
  void specValidManifest_isValidForOurValidator(Path example) throws IOException {
    assertThat(SCHEMAS.problems("manifest.json", JSON.readTree(example.toFile()))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("invalidManifests")
  void specInvalidManifest_isInvalidForOurValidator(Path example) throws IOException {
    assertThat(SCHEMAS.problems("manifest.json", JSON.readTree(example.toFile()))).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("validQueryBatches")
  void specValidQueryBatch_isAnsweredWithAValidResultBatch(Path example) throws IOException {
    String batch = Files.readString(example);
    assertThat(SCHEMAS.problems("reconciliation-query-batch.json", JSON.readTree(batch))).isEmpty();

    TestServer.Response r = reconcile(batch);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(SCHEMAS.problems("reconciliation-result-batch.json", r.json())).isEmpty();
    assertThat(r.json().properties()).hasSize(JSON.readTree(batch).size());
  }

  @ParameterizedTest
  @MethodSource("invalidQueryBatches")
  void specInvalidQueryBatch_isRefusedWithAProblem(Path example) throws IOException {
    String batch = Files.readString(example);
    assertThat(SCHEMAS.problems("reconciliation-query-batch.json", JSON.readTree(batch)))
        .isNotEmpty();

    TestServer.Response r = reconcile(batch);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors")).isNotEmpty();
  }

  @Test
  void query_listedNames_areTheTopCandidatesAndMatch() {
    TestServer.Response r =
        reconcile(
            "{\"q0\": {\"query\": \"Ri Hong Sop\", \"type\": \"person\", \"limit\": 3},"
                + " \"q1\": {\"query\": \"Jane Austen\"}}");

    JsonNode q0 = r.json().get("q0").get("result");
    assertThat(q0.get(0).get("id").asText()).isEqualTo("un:KPi.004");
    assertThat(q0.get(0).get("match").asBoolean()).isTrue();
    assertThat(q0.get(0).get("type").get(0).get("id").asText()).isEqualTo("person");
    assertThat(r.json().get("q1").get("result"))
        .allSatisfy(c -> assertThat(c.get("match").asBoolean()).isFalse());
    assertThat(SCHEMAS.problems("reconciliation-result-batch.json", r.json())).isEmpty();
  }

  @Test
  void query_getWithCallback_answersJsonp() {
    String url =
        "/reconcile?callback=cb&queries="
            + URLEncoder.encode("{\"q0\":{\"query\":\"Ri Hong Sop\"}}", StandardCharsets.UTF_8);

    TestServer.Response r = server.get(url, server.screener);

    assertThat(r.contentType()).startsWith("application/javascript");
    assertThat(r.body()).startsWith("cb({\"q0\"").endsWith(");");
  }

  @Test
  void query_apiKeyAsQueryParameter_isAccepted() {
    TestServer.Response r =
        server.send(
            HttpRequest.newBuilder(
                    URI.create(server.base() + "/reconcile?api_key=" + server.screener))
                .GET()
                .build());

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void suggest_prefix_findsEntitiesAndValidates() {
    TestServer.Response r =
        server.get("/reconcile/suggest/entity?prefix=ri%20hong", server.screener);

    assertThat(r.status()).isEqualTo(200);
    assertThat(SCHEMAS.problems("suggest-entities-response.json", r.json())).isEmpty();
    assertThat(r.json().get("result"))
        .anySatisfy(c -> assertThat(c.get("id").asText()).isEqualTo("un:KPi.004"));
  }

  @Test
  void preview_entity_isEscapedHtml() {
    TestServer.Response r = server.get("/reconcile/preview?id=un:KPi.004", server.screener);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(r.body()).contains("<b>RI HONG-SOP</b>").doesNotContain("<script");
    assertThat(server.get("/reconcile/preview?id=un:none", server.screener).status())
        .isEqualTo(404);
  }

  @Test
  void previews_escapeMarkupInListData() {
    assertThat(Previews.escape("<img src=x onerror=alert(1)>&\"'"))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;");
  }

  @Test
  void query_everyDecisionIsRecorded() {
    long before = server.server().engine().storage().auditLog().checkpoint().sequence();

    reconcile("{\"q0\": {\"query\": \"Ri Hong Sop\"}, \"q1\": {\"query\": \"Kim\"}}");

    List<?> added =
        server.server().engine().storage().auditLog().last(2).stream()
            .filter(e -> e.sequence() > before)
            .filter(e -> e.record().subject().text().contains("reconciliation"))
            .toList();
    assertThat(added).hasSize(2);
  }
}
