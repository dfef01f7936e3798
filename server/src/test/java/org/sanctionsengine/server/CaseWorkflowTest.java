package org.sanctionsengine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.storage.DatabaseUrl;

/**
 * Issue 13 over HTTP: a case row changed behind the chain is not trusted, a true match closes as
 * confirmed and stays flagged, look-alike holders are refused, the queue pages and exports. Its own
 * server: one test tampers with the store.
 */
class CaseWorkflowTest {
  private static TestServer server;
  private static final JsonSchemas SCHEMAS = JsonSchemas.openApi();

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.UN);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode screen(String customerId) {
    return server
        .postJson(
            "/api/screen",
            server.screener,
            "{\"name\": \"Ri Hong Sop\", \"customerId\": \"" + customerId + "\"}")
        .json();
  }

  @Test
  void screen_caseClearedBySql_isNotSuppressedAndVerifyNamesTheCase() throws Exception {
    long caseId = screen("TAMPER-1").get("cases").get(0).get("caseId").asLong();
    try (Connection c = DriverManager.getConnection(DatabaseUrl.embedded(server.home()).jdbcUrl());
        Statement sql = c.createStatement()) {
      sql.execute("UPDATE review_case SET state = 'cleared' WHERE id = " + caseId);
    }

    JsonNode again = screen("TAMPER-1").get("cases").get(0);
    assertThat(again.get("raised").asText()).isEqualTo("opened");
    assertThat(again.get("caseId").asLong()).isNotEqualTo(caseId);

    JsonNode tampered = server.get("/api/cases/" + caseId, server.alice).json();
    SCHEMAS.assertComponent("Case", tampered);
    assertThat(tampered.get("chain").get("agrees").asBoolean()).isFalse();
    JsonNode verification = server.get("/api/audit/verify", server.admin).json();
    assertThat(verification.get("valid").asBoolean()).isFalse();
    assertThat(verification.get("problems").toString())
        .contains("case " + caseId + " disagrees with the audit chain: the store says state");
  }

  @Test
  void trueMatch_confirmedByASecondReviewer_staysFlagged() {
    long caseId = screen("MATCH-1").get("cases").get(0).get("caseId").asLong();
    assertThat(
            server
                .postJson(
                    "/api/cases/" + caseId + "/match",
                    server.alice,
                    "{\"reason\": \"same passport number\"}")
                .json()
                .get("state")
                .asText())
        .isEqualTo("match-proposed");
    assertThat(
            server
                .postJson(
                    "/api/cases/" + caseId + "/confirm", server.alice, "{\"reason\": \"agree\"}")
                .status())
        .isEqualTo(409);

    JsonNode confirmed =
        server
            .postJson("/api/cases/" + caseId + "/confirm", server.bob, "{\"reason\": \"agree\"}")
            .json();

    assertThat(confirmed.get("state").asText()).isEqualTo("confirmed");
    JsonNode later = screen("MATCH-1").get("cases").get(0);
    assertThat(later.get("raised").asText()).isEqualTo("confirmed-match");
    assertThat(later.get("caseId").asLong()).isEqualTo(caseId);
    JsonNode shown = server.get("/api/cases/" + caseId, server.alice).json();
    assertThat(shown.get("chain").get("agrees").asBoolean()).isTrue();
    assertThat(shown.get("chain").get("auditEntries")).hasSize(3);
  }

  @Test
  void keys_lookAlikeHolder_isRefusedWith422() {
    server.postJson("/api/keys", server.admin, "{\"holder\": \"dora\", \"role\": \"reviewer\"}");

    TestServer.Response r =
        server.postJson(
            "/api/keys", server.admin, "{\"holder\": \"d\\u043Era\", \"role\": \"reviewer\"}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("detail").asText())
        .startsWith("The key holder 'dоra' (d\\u043Era) passes for the existing holder 'dora'");
    JsonNode keys = server.get("/api/keys", server.admin).json().get("keys");
    assertThat(keys.toString()).contains("\"issuedBy\":\"admin\"").doesNotContain("dо");
  }

  @Test
  void queue_filtersPagesAndExportsCsv() {
    for (int i = 0; i < 3; i++) {
      screen("QUEUE-" + i);
    }

    JsonNode page =
        server.get("/api/cases?list=un&limit=2&offset=1&sort=newest", server.alice).json();
    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(page.get("cases")).hasSize(2);
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    assertThat(server.get("/api/cases?list=ofac-sdn", server.alice).json().get("total").asLong())
        .isZero();
    assertThat(server.get("/api/cases?minScore=1.5", server.alice).json().get("total").asLong())
        .isZero();
    assertThat(server.get("/api/cases?olderThan=P1D", server.alice).json().get("total").asLong())
        .isZero();
    assertThat(server.get("/api/cases?sort=sideways", server.alice).status()).isEqualTo(422);

    TestServer.Response csv = server.get("/api/cases?format=csv&state=open", server.alice);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith(
            "id,state,customer_id,list_entry_id,entry_version,score,decision_id,opened_at,"
                + "last_action,last_reviewer,last_at\r\n")
        .contains(",open,QUEUE-1,un:");
    TestServer.Response accepted =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/cases"))
                .header("Authorization", "Bearer " + server.alice)
                .header("Accept", "text/csv")
                .GET()
                .build());
    assertThat(accepted.contentType()).startsWith("text/csv");
  }
}
