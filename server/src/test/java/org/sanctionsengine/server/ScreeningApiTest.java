package org.sanctionsengine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Party screening over HTTP on the real UN list: answers, records, cases, and bad input. */
class ScreeningApiTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.UN);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static long auditEntries() {
    return server.server().engine().storage().auditLog().checkpoint().sequence();
  }

  @Test
  void screen_listedName_isRecordedAndOpensACase() {
    long before = auditEntries();

    TestServer.Response r =
        server.postJson(
            "/api/screen",
            server.screener,
            "{\"name\": \"Ri Hong Sop\", \"customerId\": \"C-77\"}");

    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("outcome").asText()).isEqualTo("match");
    assertThat(body.get("hits").get(0).get("entityId").asText()).isEqualTo("un:KPi.004");
    assertThat(body.get("hits").get(0).get("explanation").asText()).contains("hong");
    assertThat(body.get("cases").get(0).get("entityId").asText()).isEqualTo("un:KPi.004");
    assertThat(body.get("decisionId").asLong()).isEqualTo(before + 1);
    assertThat(server.server().engine().storage().auditLog().last(2))
        .anySatisfy(e -> assertThat(e.record().subject().text()).contains("C-77"));
  }

  @Test
  void screen_hangulName_meetsTheListedRomanization() {
    TestServer.Response r = server.postJson("/api/screen", server.screener, "{\"name\": \"리홍섭\"}");

    assertThat(r.json().get("hits").get(0).get("entityId").asText()).isEqualTo("un:KPi.004");
  }

  @Test
  void screen_withoutKey_isUnauthorizedAndRecordsNothing() {
    long before = auditEntries();

    TestServer.Response r = server.postJson("/api/screen", "", "{\"name\": \"Ri Hong Sop\"}");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("detail").asText()).contains("Authorization: Bearer");
    assertThat(auditEntries()).isEqualTo(before);
  }

  @Test
  void screen_unknownKey_isUnauthorized() {
    TestServer.Response r =
        server.postJson("/api/screen", "sek_not-a-key", "{\"name\": \"Ri Hong Sop\"}");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("title").asText()).isEqualTo("Unknown API key");
  }

  @Test
  void health_withoutKey_answers_butEverythingElseNeedsOne() {
    assertThat(server.get("/health", "").status()).isEqualTo(200);
    assertThat(server.get("/openapi.json", "").status()).isEqualTo(401);
    assertThat(server.get("/api/regime", "").status()).isEqualTo(401);
    assertThat(server.get("/reconcile", "").status()).isEqualTo(401);
  }

  @Test
  void keys_asScreener_isForbidden() {
    TestServer.Response r = server.get("/api/keys", server.screener);

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("detail").asText())
        .isEqualTo(
            "The key of 'screening-bot' has the role screener; GET /api/keys needs the role admin"
                + " or higher.");
  }

  @Test
  void screen_unknownField_is400NamingItAndRecordsNothing() {
    long before = auditEntries();

    TestServer.Response r =
        server.postJson("/api/screen", server.screener, "{\"name\": \"Kim\", \"nmae\": \"x\"}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("type").asText()).isEqualTo("/problems/unknown-field");
    assertThat(r.json().get("errors").get("nmae").asText()).isEqualTo("unknown field");
    assertThat(auditEntries()).isEqualTo(before);
  }

  @Test
  void screen_wrongType_is400NamingTheField() {
    TestServer.Response r =
        server.postJson(
            "/api/screen", server.screener, "{\"name\": \"Kim\", \"threshold\": \"high\"}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get("threshold").asText()).isEqualTo("expected a number");
  }

  @Test
  void screen_malformedJson_is400WithThePlace() {
    TestServer.Response r = server.postJson("/api/screen", server.screener, "{\"name\": ");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("detail").asText())
        .startsWith("The request body is not valid JSON at line 1");
  }

  @Test
  void screen_oversizedBody_is413() {
    String huge = "{\"name\": \"" + "x".repeat((int) ServerSettings.DEFAULT_MAX_JSON_BYTES) + "\"}";

    TestServer.Response r = server.postJson("/api/screen", server.screener, huge);

    assertThat(r.status()).isEqualTo(413);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  @Test
  void screen_emptyName_is422SayingWhatToGive() {
    TestServer.Response r = server.postJson("/api/screen", server.screener, "{\"name\": \"\"}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("detail").asText()).startsWith("No name to screen");
  }

  @Test
  void screenBatch_json_screensEachAndReportsTheBadOneInPlace() {
    TestServer.Response r =
        server.postJson(
            "/api/screen/batch",
            server.screener,
            "[{\"name\": \"Ri Hong Sop\"}, {\"name\": \"\", \"type\": \"person\"},"
                + " {\"name\": \"Jane Austen\", \"type\": \"spaceship\"}]");

    assertThat(r.status()).isEqualTo(200);
    JsonNode results = r.json().get("results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("outcome").asText()).isEqualTo("match");
    assertThat(results.get(1).get("error").asText()).startsWith("No name to screen");
    // A type that cannot be read only narrows the search: the party is screened without it.
    assertThat(results.get(2).get("outcome").asText()).isEqualTo("no-match");
    assertThat(results.get(2).get("warnings").get(0).asText())
        .startsWith("column 'type' ignored: Unknown party type 'spaceship'");
  }

  @Test
  void screenBatch_jsonWithAWrongType_isRefusedWholeAndRecordsNothing() {
    long before = auditEntries();

    TestServer.Response r =
        server.postJson(
            "/api/screen/batch",
            server.screener,
            "[{\"name\": \"Ri Hong Sop\"}, {\"name\": [\"Kim\"]}]");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").fieldNames()).toIterable().containsExactly("[1].name");
    assertThat(auditEntries()).isEqualTo(before);
  }

  @Test
  void screenBatch_csvUpload_streamsOneLinePerRowInOrder() {
    String csv =
        "id,name,type,birth_date\n"
            + "a,Ri Hong Sop,person,1940\n"
            + "b,,person,\n"
            + "c,Jane Austen,person,1975\n";

    TestServer.Response r = server.post("/api/screen/batch", server.screener, "text/csv", csv);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).as(r.body()).startsWith("application/x-ndjson");
    List<JsonNode> lines = ndjson(r);
    assertThat(lines).hasSize(4);
    assertThat(lines.subList(0, 3))
        .extracting(l -> l.get("id").asText())
        .containsExactly("a", "b", "c");
    assertThat(lines.get(0).get("hits").get(0).get("sourceId").asText())
        .as(r.body())
        .isEqualTo("KPi.004");
    assertThat(lines.get(1).get("error").asText()).startsWith("No name to screen");
    assertThat(lines.get(2).path("outcome").asText()).as(r.body()).isEqualTo("no-match");
    assertSummary(lines.get(3), 3, 1);
  }

  @Test
  void screenBatch_csvWithAStrayQuote_answersEveryLine_andEndsWithTheCounts() {
    String csv =
        "id,name,birth_date\n"
            + "a,\"Acme Trading,\n"
            + "b,Ri Hong Sop,1940-1-32\n"
            + "c,Jane Austen,\n"
            + "d,Ri Hong Sop,\n";

    TestServer.Response r = server.post("/api/screen/batch", server.screener, "text/csv", csv);

    assertThat(r.status()).isEqualTo(200);
    List<JsonNode> lines = ndjson(r);
    assertThat(lines).as(r.body()).hasSize(5);
    assertThat(lines.get(0).get("line").asLong()).isEqualTo(2);
    assertThat(lines.get(0).get("error").asText()).contains("quote opened");
    assertThat(lines.get(1).get("hits").get(0).get("sourceId").asText()).isEqualTo("KPi.004");
    assertThat(lines.get(1).get("warnings").get(0).asText())
        .startsWith("column 'birth_date' ignored");
    assertThat(lines.get(2).path("outcome").asText()).isEqualTo("no-match");
    assertThat(lines.get(3).get("hits").get(0).get("sourceId").asText()).isEqualTo("KPi.004");
    assertSummary(lines.get(4), 4, 1);
  }

  private static List<JsonNode> ndjson(TestServer.Response r) {
    return r.body().lines().map(l -> new TestServer.Response(200, "", l).json()).toList();
  }

  private static void assertSummary(JsonNode line, long records, long refused) {
    JsonNode summary = line.get("summary");
    assertThat(summary.get("records").asLong()).isEqualTo(records);
    assertThat(summary.get("refused").asLong()).isEqualTo(refused);
    assertThat(summary.get("answered").asLong()).isEqualTo(records - refused);
    assertThat(summary.get("complete").asBoolean()).isTrue();
  }

  @Test
  void screenBatch_csvWithoutNameColumn_is422BeforeAnyRow() {
    TestServer.Response r =
        server.post("/api/screen/batch", server.screener, "text/csv", "id,colour\n1,red\n");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("detail").asText()).contains("the header names no 'name'");
  }

  @Test
  void unknownRoute_isAProblemDocument() {
    TestServer.Response r = server.get("/api/nothing-here", server.screener);

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("type").asText()).isEqualTo("/problems/not-found");
  }
}
