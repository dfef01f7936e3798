package org.sanctionsengine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is the API's contract: it names exactly the routes the server serves, and
 * the server's answers satisfy its schemas (checked for each resource here and in the other API
 * tests).
 */
class OpenApiDocumentTest {
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
  void document_namesExactlyTheRoutesServed() {
    JsonNode document = server.get("/openapi.json", server.screener).json();
    List<String> documented = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        documented.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
      }
    }

    assertThat(documented).containsExactlyInAnyOrderElementsOf(server.server().routes());
  }

  @Test
  void document_everyOperationNamesItsRoleOrIsPublic() {
    JsonNode document = server.get("/openapi.json", server.screener).json();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        JsonNode operation = method.getValue();
        boolean isPublic = operation.has("security") && operation.get("security").isEmpty();
        assertThat(isPublic || operation.has("x-role"))
            .as("%s %s", method.getKey(), path.getKey())
            .isTrue();
      }
    }
  }

  @Test
  void problems_satisfyTheProblemSchema() {
    SCHEMAS.assertComponent("Problem", server.get("/api/keys", server.screener).json());
    SCHEMAS.assertComponent("Problem", server.postJson("/api/screen", server.screener, "{").json());
  }

  @Test
  void health_satisfiesItsSchema() {
    SCHEMAS.assertComponent("Health", server.get("/health", "").json());
  }

  @Test
  void schemaCheck_catchesAnAnswerThatBreaksTheContract() {
    JsonNode wrong = server.get("/health", "").json();
    ((com.fasterxml.jackson.databind.node.ObjectNode) wrong).remove("status");

    assertThat(SCHEMAS.component("Health", wrong)).isNotEmpty();
  }
}
