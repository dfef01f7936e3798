package org.sanctionsengine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11 (input integrity): every route that reads a JSON document refuses {@code null}, {@code
 * [null]}, a string where a document is expected, a field of the wrong type and a field given twice
 * with a 400 problem naming the fault, records nothing, and never answers 500.
 */
class ApiInputTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.UN);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /**
   * A route that reads JSON: where it is, the key it needs, a document whose field has the wrong
   * type (the field's path), and one that gives a field twice (its path).
   */
  record Route(
      String path,
      String key,
      String wrongType,
      String wrongField,
      String duplicate,
      String duplicateField) {
    @Override
    public String toString() {
      return "POST " + path;
    }
  }

  static List<Route> routes() {
    String admin = server.admin;
    String screener = server.screener;
    String reviewer = server.alice;
    List<Route> routes = new ArrayList<>();
    routes.add(
        new Route(
            "/api/screen",
            screener,
            "{\"name\": 5}",
            "name",
            "{\"name\":\"a\",\"name\":\"b\"}",
            "name"));
    routes.add(
        new Route(
            "/api/screen/batch",
            screener,
            "[{\"name\": \"Kim\"}, {\"name\": [\"Kim\"]}]",
            "[1].name",
            "[{\"name\":\"Kim\"},{\"name\":\"a\",\"type\":\"person\",\"name\":\"b\"}]",
            "[1].name"));
    routes.add(
        new Route(
            "/api/check",
            screener,
            "{\"hs\": 7208, \"date\": \"2026-01-01\"}",
            "hs",
            "{\"hs\":\"7208\",\"hs\":\"2709\"}",
            "hs"));
    routes.add(
        new Route(
            "/api/check/batch",
            screener,
            "[{\"quantity\": \"many\"}]",
            "[0].quantity",
            "[{\"parties\":[\"a\"],\"parties\":[\"b\"]}]",
            "[0].parties"));
    routes.add(
        new Route(
            "/api/keys",
            admin,
            "{\"holder\": 5, \"role\": \"screener\"}",
            "holder",
            "{\"holder\":\"x\",\"role\":\"screener\",\"role\":\"admin\"}",
            "role"));
    for (String step : List.of("escalate", "clear", "confirm")) {
      routes.add(
          new Route(
              "/api/cases/1/" + step,
              reviewer,
              "{\"reason\": true}",
              "reason",
              "{\"reason\":\"a\",\"reason\":\"b\"}",
              "reason"));
    }
    return routes;
  }

  static Stream<Arguments> bodies() {
    List<Arguments> cases = new ArrayList<>();
    for (Route route : routes()) {
      cases.add(Arguments.of(route, "null", "wrong-type", "(body)"));
      cases.add(
          Arguments.of(
              route, "[null]", "wrong-type", route.path().endsWith("batch") ? "[0]" : "(body)"));
      cases.add(Arguments.of(route, "\"x\"", "wrong-type", "(body)"));
      cases.add(Arguments.of(route, "17", "wrong-type", "(body)"));
      cases.add(Arguments.of(route, route.wrongType(), "wrong-type", route.wrongField()));
      cases.add(Arguments.of(route, route.duplicate(), "duplicate-field", route.duplicateField()));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bodies")
  void jsonBody_nullWrongShapeOrDuplicate_is400NamingTheFaultAndRecordsNothing(
      Route route, String body, String type, String field) {
    long before = auditEntries();

    TestServer.Response r = server.postJson(route.path(), route.key(), body);

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode problem = r.json();
    assertThat(problem.get("type").asText()).as(r.body()).isEqualTo("/problems/" + type);
    assertThat(problem.get("errors").has(field)).as(r.body()).isTrue();
    assertThat(auditEntries()).isEqualTo(before);
  }

  @Test
  void screen_duplicateName_namesTheFieldInTheDetail() {
    TestServer.Response r =
        server.postJson("/api/screen", server.screener, "{\"name\":\"Kim\",\"name\":\"Ri\"}");

    assertThat(r.json().get("detail").asText())
        .isEqualTo(
            "The request gives the field 'name' more than once; which one counts would depend on"
                + " the reader. Give each field once.");
  }

  @Test
  void screenBatch_nullElement_namesTheElement() {
    TestServer.Response r =
        server.postJson("/api/screen/batch", server.screener, "[{\"name\": \"Kim\"}, null]");

    assertThat(r.json().get("detail").asText())
        .isEqualTo(
            "The element '[1]' is null: expected an object or a value. Leave it out, or send a"
                + " value (see /openapi.json).");
  }

  @Test
  void screen_nullBody_saysAnObjectIsExpected() {
    TestServer.Response r = server.postJson("/api/screen", server.screener, "null");

    assertThat(r.json().get("detail").asText())
        .isEqualTo(
            "The request body is null: expected an object. Send the document itself (see"
                + " /openapi.json).");
  }

  @Test
  void check_nullInAList_isRefused() {
    TestServer.Response r =
        server.postJson("/api/check", server.screener, "{\"parties\": [\"Kim\", null]}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").has("parties[1]")).as(r.body()).isTrue();
  }

  static Stream<Arguments> queryBatches() {
    return Stream.of(
        Arguments.of("null", "invalid-reconciliation-query", "queries"),
        Arguments.of("[null]", "invalid-reconciliation-query", "queries"),
        Arguments.of("\"x\"", "invalid-reconciliation-query", "queries"),
        Arguments.of("{\"q0\": null}", "invalid-reconciliation-query", "q0"),
        Arguments.of("{\"q0\": {\"query\": 5}}", "invalid-reconciliation-query", "q0"),
        Arguments.of(
            "{\"q0\": {\"query\": \"Kim\"}, \"q0\": {\"query\": \"Ri\"}}", "duplicate-field", "q0"),
        Arguments.of(
            "{\"q0\": {\"query\": \"Kim\", \"query\": \"Ri\"}}", "duplicate-field", "q0.query"));
  }

  @ParameterizedTest(name = "queries={0}")
  @MethodSource("queryBatches")
  void reconcile_nullWrongShapeOrDuplicate_is400NamingTheFault(
      String queries, String type, String field) {
    long before = auditEntries();

    TestServer.Response r =
        server.post(
            "/reconcile",
            server.screener,
            "application/x-www-form-urlencoded",
            "queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8));

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("type").asText()).as(r.body()).isEqualTo("/problems/" + type);
    assertThat(r.json().get("errors").has(field)).as(r.body()).isTrue();
    assertThat(auditEntries()).isEqualTo(before);
  }

  private static long auditEntries() {
    return server.server().engine().storage().auditLog().checkpoint().sequence();
  }
}
