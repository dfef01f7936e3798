package org.sanctionsengine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sanctionsengine.testing.SharedData;

/**
 * JSON schemas the server's answers must satisfy: our own OpenAPI document's component schemas, and
 * the W3C Reconciliation API 0.2 schemas read in place from {@code shared/specs}. Validation is
 * done by networknt's json-schema-validator, not by our code.
 */
final class JsonSchemas {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String OPENAPI_ID = "https://sanctions-engine.test/openapi.json";

  private final SchemaRegistry registry;

  private JsonSchemas(SchemaRegistry registry) {
    this.registry = registry;
  }

  /** The component schemas of the server's openapi.json (OpenAPI 3.1: JSON Schema 2020-12). */
  static JsonSchemas openApi() {
    try (InputStream in = JsonSchemas.class.getResourceAsStream("/openapi.json")) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new JsonSchemas(
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(OPENAPI_ID, text))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The Reconciliation API 0.2 schemas, each under its own {@code $id} so that their references
   * resolve to each other (the manifest's {@code authentication} refers to the Swagger 2.0 schema
   * that the spec ships as openapi.json). Their {@code $schema} is the undated
   * "http://json-schema.org/schema#"; they are read as draft-07, whose keywords they use.
   */
  static JsonSchemas reconciliation() {
    Map<String, String> byId = new HashMap<>();
    try (Stream<Path> files = Files.list(specDir().resolve("schemas"))) {
      for (Path file : files.toList()) {
        ObjectNode schema = (ObjectNode) JSON.readTree(file.toFile());
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        String id = schema.path("$id").asText().replaceAll("#$", "");
        byId.put(id, schema.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new JsonSchemas(
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemas(byId)));
  }

  /** The {@code $id} of a schema file of the spec (its ids are not all derived from file names). */
  static String reconciliationId(String file) {
    try {
      JsonNode schema = JSON.readTree(specDir().resolve("schemas").resolve(file).toFile());
      return schema.path("$id").asText().replaceAll("#$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path specDir() {
    return SharedData.sharedDir().resolve("specs/reconciliation-api-0.2");
  }

  /** The problems of {@code document} against the schema at {@code location}. */
  List<String> problems(String location, JsonNode document) {
    Schema schema = registry.getSchema(SchemaLocation.of(location));
    return schema.validate(document).stream().map(Error::toString).toList();
  }

  /** The problems of {@code document} against a component schema of openapi.json. */
  List<String> component(String name, JsonNode document) {
    return problems(OPENAPI_ID + "#/components/schemas/" + name, document);
  }

  void assertComponent(String name, JsonNode document) {
    assertThat(component(name, document)).as("%s against %s", document, name).isEmpty();
  }
}
