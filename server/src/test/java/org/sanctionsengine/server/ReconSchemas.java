package org.sanctionsengine.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/** The Reconciliation API 0.2 schemas, by file name, for the tests of the recon package. */
public final class ReconSchemas {
  private final JsonSchemas schemas;

  private ReconSchemas(JsonSchemas schemas) {
    this.schemas = schemas;
  }

  public static ReconSchemas load() {
    return new ReconSchemas(JsonSchemas.reconciliation());
  }

  public static Path specDir() {
    return JsonSchemas.specDir();
  }

  /** Problems of a document against a schema of the spec, e.g. {@code manifest.json}. */
  public List<String> problems(String schemaFile, JsonNode document) {
    return schemas.problems(JsonSchemas.reconciliationId(schemaFile), document);
  }
}
