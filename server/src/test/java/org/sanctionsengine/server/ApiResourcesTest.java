package org.sanctionsengine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's resources beyond screening: checks, lists, entities, regime, scenarios, cases, audit
 * and keys, each answer checked against the OpenAPI document's schema.
 */
class ApiResourcesTest {
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

  @Test
  void check_refinedCopperFromTheDprk_isProhibitedCitingOp28AndRecorded() {
    TestServer.Response r =
        server.postJson(
            "/api/check",
            server.screener,
            "{\"date\": \"2021-08-04\", \"from\": \"KP\", \"to\": \"CN\", \"hs\": \"740311\"}");

    assertThat(r.status()).isEqualTo(200);
    SCHEMAS.assertComponent("Decision", r.json());
    assertThat(r.json().get("decision").asText()).isEqualTo("PROHIBITED");
    assertThat(r.json().get("measures"))
        .anySatisfy(
            m -> {
              assertThat(m.get("instrument").asText()).isEqualTo("S/RES/2321 (2016)");
              assertThat(m.get("provision").asText()).isEqualTo("OP28");
            });
    long id = r.json().get("decisionId").asLong();
    assertThat(server.server().engine().storage().auditLog().last(1).get(0).sequence())
        .isEqualTo(id);
  }

  @Test
  void check_underTheDprk2021Demand_permitsRefinedCopper() {
    TestServer.Response r =
        server.postJson(
            "/api/check?scenario=dprk-2021-demand",
            server.screener,
            "{\"date\": \"2022-01-10\", \"from\": \"KP\", \"to\": \"CN\", \"hs\": \"740311\"}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("decision").asText()).isNotEqualTo("PROHIBITED");
  }

  @Test
  void check_unknownCountry_is422NamingTheField() {
    TestServer.Response r =
        server.postJson(
            "/api/check",
            server.screener,
            "{\"date\": \"2021-08-04\", \"from\": \"XX\", \"to\": \"CN\", \"hs\": \"740311\"}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("detail").asText()).contains("field 'from'");
  }

  @Test
  void checkBatch_countsTheCapInDateOrderAndReportsBadRowsInPlace() {
    TestServer.Response r =
        server.postJson(
            "/api/check/batch",
            server.screener,
            "[{\"id\": \"d1\", \"date\": \"2019-02-01\", \"from\": \"CN\", \"to\": \"KP\","
                + " \"hs\": \"271019\", \"quantity\": 450000, \"unit\": \"barrels\"},"
                + " {\"id\": \"bad\", \"date\": \"2019-13-01\", \"from\": \"CN\", \"to\": \"KP\","
                + " \"hs\": \"271019\"},"
                + " {\"id\": \"d2\", \"date\": \"2019-03-01\", \"from\": \"CN\", \"to\": \"KP\","
                + " \"hs\": \"271019\", \"quantity\": 100000, \"unit\": \"barrels\"}]");

    assertThat(r.status()).isEqualTo(200);
    SCHEMAS.assertComponent("CheckBatch", r.json());
    JsonNode results = r.json().get("results");
    assertThat(results.get(0).get("decision").asText()).isEqualTo("CAP_LIMITED");
    assertThat(results.get(1).get("error").asText()).contains("2019-13-01");
    assertThat(results.get(2).get("decision").asText()).isEqualTo("PROHIBITED");
    assertThat(r.json().get("summary").get("caps").get(0).get("refused").asInt()).isEqualTo(1);
  }

  @Test
  void checkBatch_csv_answersOneLinePerRowThenTheSummary() {
    String csv =
        "id,date,from,to,hs\n" + "a,2021-08-04,KP,CN,740311\n" + "b,2015-01-01,KP,CN,740311\n";

    TestServer.Response r = server.post("/api/check/batch", server.screener, "text/csv", csv);

    assertThat(r.status()).isEqualTo(200);
    List<String> lines = r.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("\"id\":\"a\"").contains("\"PROHIBITED\"");
    assertThat(lines.get(1)).contains("\"id\":\"b\"").contains("\"PERMITTED\"");
    assertThat(lines.get(2))
        .startsWith("{\"summary\":{\"records\":2,\"answered\":2,\"refused\":0,\"complete\":true");
  }

  @Test
  void checkBatch_csvWithAStrayQuoteAndAnUnknownUnit_answersEveryLine() {
    String csv =
        "id,date,from,to,hs,quantity,unit\n"
            + "a,2021-08-04,KP,CN,\"740311,,\n"
            + "b,2018-03-01,KP,CN,4403,120,MTQ\n"
            + "c,2018-03-10,CN,KP,2710,1000,furlongs\n";

    TestServer.Response r = server.post("/api/check/batch", server.screener, "text/csv", csv);

    assertThat(r.status()).isEqualTo(200);
    List<String> lines = r.body().lines().toList();
    assertThat(lines).as(r.body()).hasSize(4);
    assertThat(lines.get(0)).contains("\"line\":2").contains("quote opened");
    assertThat(lines.get(1)).contains("\"id\":\"b\"").contains("\"PROHIBITED\"");
    assertThat(lines.get(2)).contains("\"id\":\"c\"").contains("\"REVIEW\"").contains("furlongs");
    assertThat(lines.get(3))
        .startsWith("{\"summary\":{\"records\":3,\"answered\":2,\"refused\":1,\"complete\":true");
  }

  @Test
  void lists_andAnEntity_describeTheSnapshotInUse() {
    JsonNode lists = server.get("/api/lists", server.screener).json();
    assertThat(lists.get("snapshots").get(0).get("entries").asInt()).isEqualTo(1003);
    lists.get("snapshots").forEach(s -> SCHEMAS.assertComponent("Snapshot", s));

    TestServer.Response entity = server.get("/api/entities/un:KPi.004", server.screener);
    assertThat(entity.status()).isEqualTo(200);
    SCHEMAS.assertComponent("Entity", entity.json());
    assertThat(entity.json().get("names").get(0).get("value").asText()).isEqualTo("RI HONG-SOP");

    assertThat(server.get("/api/entities/un:nobody", server.screener).status()).isEqualTo(404);
  }

  @Test
  void regime_listsInstrumentsAndTheMeasuresInForceOnADate() {
    JsonNode regime = server.get("/api/regime", server.screener).json();
    SCHEMAS.assertComponent("Regime", regime);
    assertThat(regime.get("instruments"))
        .anySatisfy(i -> assertThat(i.get("citation").asText()).isEqualTo("S/RES/2397 (2017)"));

    JsonNode before =
        server
            .get("/api/regime/measures?inForceOn=2017-12-21&authority=UN", server.screener)
            .json();
    JsonNode after =
        server
            .get("/api/regime/measures?inForceOn=2017-12-22&authority=UN", server.screener)
            .json();
    assertThat(before.get("measures"))
        .noneSatisfy(m -> assertThat(m.get("instrument").asText()).isEqualTo("S/RES/2397 (2017)"));
    assertThat(after.get("measures"))
        .anySatisfy(m -> assertThat(m.get("instrument").asText()).isEqualTo("S/RES/2397 (2017)"));
    after.get("measures").forEach(m -> SCHEMAS.assertComponent("Measure", m));

    TestServer.Response bad =
        server.get("/api/regime/measures?inForceOn=22-12-2017", server.screener);
    assertThat(bad.status()).isEqualTo(422);
  }

  @Test
  void scenarios_explainAndDiffAGeneratedPortfolio() {
    JsonNode list = server.get("/api/scenarios", server.screener).json();
    assertThat(list.get("scenarios"))
        .extracting(s -> s.get("name").asText())
        .contains(
            "dprk-2021-demand", "hanoi-2019-demand", "inter-korean-2019", "action-for-action");

    JsonNode explained = server.get("/api/scenarios/dprk-2021-demand", server.screener).json();
    SCHEMAS.assertComponent("ScenarioExplained", explained);
    assertThat(explained.get("changes")).isNotEmpty();

    TestServer.Response diff =
        server.post(
            "/api/scenarios/dprk-2021-demand/diff?generate=2000&seed=7",
            server.screener,
            "text/csv",
            "");
    assertThat(diff.status()).isEqualTo(200);
    SCHEMAS.assertComponent("ScenarioDiff", diff.json());
    assertThat(diff.json().get("transactions").asInt()).isEqualTo(2000);
    assertThat(diff.json().get("flipCount").asInt()).isPositive();

    assertThat(server.get("/api/scenarios/no-such-plan", server.screener).status()).isEqualTo(422);
  }

  @Test
  void cases_fourEyes_clearanceNeedsASecondReviewer() {
    JsonNode screened =
        server
            .postJson(
                "/api/screen",
                server.alice,
                "{\"name\": \"Ri Hong Sop\", \"customerId\": \"FE-1\"}")
            .json();
    long caseId = screened.get("cases").get(0).get("caseId").asLong();

    TestServer.Response proposed =
        server.postJson(
            "/api/cases/" + caseId + "/clear",
            server.alice,
            "{\"reason\": \"born 1975, not 1940\"}");
    assertThat(proposed.status()).isEqualTo(200);
    assertThat(proposed.json().get("state").asText()).isEqualTo("clearance-proposed");

    TestServer.Response self =
        server.postJson(
            "/api/cases/" + caseId + "/confirm", server.alice, "{\"reason\": \"agree\"}");
    assertThat(self.status()).isEqualTo(409);

    TestServer.Response confirmed =
        server.postJson("/api/cases/" + caseId + "/confirm", server.bob, "{\"reason\": \"agree\"}");
    assertThat(confirmed.status()).isEqualTo(200);
    SCHEMAS.assertComponent("Case", confirmed.json());
    assertThat(confirmed.json().get("state").asText()).isEqualTo("cleared");
    assertThat(confirmed.json().get("events"))
        .extracting(e -> e.get("reviewer").asText())
        .containsExactly("engine", "alice", "bob");

    JsonNode again =
        server
            .postJson(
                "/api/screen",
                server.alice,
                "{\"name\": \"Ri Hong Sop\", \"customerId\": \"FE-1\"}")
            .json();
    assertThat(again.get("cases").get(0).get("raised").asText()).isEqualTo("suppressed");
  }

  @Test
  void cases_screenerKey_cannotReview() {
    assertThat(server.get("/api/cases", server.screener).status()).isEqualTo(403);
  }

  @Test
  void caseStep_withoutReason_is422AndChangesNothing() {
    JsonNode screened =
        server
            .postJson(
                "/api/screen",
                server.alice,
                "{\"name\": \"Ri Hong Sop\", \"customerId\": \"NR-1\"}")
            .json();
    long caseId = screened.get("cases").get(0).get("caseId").asLong();

    TestServer.Response r =
        server.postJson("/api/cases/" + caseId + "/escalate", server.alice, "{}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(server.get("/api/cases/" + caseId, server.alice).json().get("state").asText())
        .isEqualTo("open");
  }

  @Test
  void audit_verifiesTheChainAndShowsEntries() {
    server.postJson("/api/screen", server.screener, "{\"name\": \"Ri Hong Sop\"}");

    JsonNode verification = server.get("/api/audit/verify", server.admin).json();
    SCHEMAS.assertComponent("AuditVerification", verification);
    assertThat(verification.get("valid").asBoolean()).isTrue();

    JsonNode entries = server.get("/api/audit/entries?last=1", server.admin).json();
    SCHEMAS.assertComponent("AuditEntry", entries.get("entries").get(0));
  }

  @Test
  void keys_issueAndRevoke_takeEffectAtOnce() {
    TestServer.Response issued =
        server.postJson(
            "/api/keys", server.admin, "{\"holder\": \"carol\", \"role\": \"screener\"}");
    assertThat(issued.status()).isEqualTo(201);
    SCHEMAS.assertComponent("IssuedKey", issued.json());
    String secret = issued.json().get("secret").asText();
    assertThat(server.get("/api/regime", secret).status()).isEqualTo(200);

    server.delete("/api/keys/" + issued.json().get("id").asLong(), server.admin);

    assertThat(server.get("/api/regime", secret).status()).isEqualTo(401);
    assertThat(server.get("/api/keys", server.admin).body()).doesNotContain(secret);
  }
}
