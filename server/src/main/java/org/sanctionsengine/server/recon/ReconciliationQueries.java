package org.sanctionsengine.server.recon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctionsengine.server.RequestBodies;
import org.sanctionsengine.server.errors.Problem;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * Reads the {@code queries} parameter of a reconciliation request and checks it as the spec's
 * {@code reconciliation-query-batch.json} schema does: an object of queries, each an object with
 * only {@code query, type, limit, properties, type_strict}, and either a query string or at least
 * one property. A batch that breaks the schema is refused whole (400) with every fault named.
 */
public final class ReconciliationQueries {
  static final Set<String> FIELDS = Set.of("query", "type", "limit", "properties", "type_strict");
  static final Set<String> TYPE_STRICT = Set.of("any", "should", "all");

  /** The most queries in one batch (OpenRefine sends 10 by default). */
  public static final int MAX_QUERIES = 500;

  /** The most candidates per query. */
  public static final int MAX_LIMIT = 25;

  static final int DEFAULT_LIMIT = 5;

  private ReconciliationQueries() {}

  public static List<ReconciliationQuery> parse(String json) {
    JsonNode batch;
    try {
      batch = RequestBodies.STRICT.readTree(json);
    } catch (JsonProcessingException e) {
      java.util.Optional<String> duplicate = RequestBodies.duplicateField(e);
      if (duplicate.isPresent()) {
        throw new ProblemException(
            Problem.of(
                    400,
                    "duplicate-field",
                    "Duplicate field",
                    "The queries parameter gives '"
                        + duplicate.get()
                        + "' more than once; which one counts would depend on the reader. Give"
                        + " each query key and field once.")
                .withError(duplicate.get(), "duplicate field"));
      }
      throw ProblemException.badRequest(
          "malformed-json",
          "Malformed JSON",
          "The queries parameter is not valid JSON: " + e.getOriginalMessage() + ".");
    }
    Problem problem =
        Problem.of(
            400,
            "invalid-reconciliation-query",
            "Invalid reconciliation query",
            "The queries do not follow the Reconciliation API 0.2 query batch schema; see the"
                + " errors.");
    if (batch == null || !batch.isObject()) {
      throw new ProblemException(
          problem.withError(
              "queries",
              "expected a JSON object of queries, e.g. {\"q0\": {\"query\": \"Kim Jong Un\"}}"));
    }
    if (batch.size() > MAX_QUERIES) {
      throw new ProblemException(
          problem.withError("queries", "at most " + MAX_QUERIES + " queries in one batch"));
    }
    List<ReconciliationQuery> queries = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : batch.properties()) {
      List<String> faults = new ArrayList<>();
      ReconciliationQuery query = query(entry.getKey(), entry.getValue(), faults);
      for (String fault : faults) {
        problem = problem.withError(entry.getKey(), fault);
      }
      if (faults.isEmpty()) {
        queries.add(query);
      }
    }
    if (!problem.errors().isEmpty()) {
      throw new ProblemException(problem);
    }
    return queries;
  }

  private static ReconciliationQuery query(String key, JsonNode node, List<String> faults) {
    if (!node.isObject()) {
      faults.add("expected an object with a query or properties");
      return new ReconciliationQuery(key, "", List.of(), DEFAULT_LIMIT, Map.of());
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (!FIELDS.contains(name)) {
        faults.add(
            "unknown field '"
                + name
                + "'; expected only "
                + String.join(", ", FIELDS.stream().sorted().toList()));
      }
    }
    String text = "";
    if (node.has("query")) {
      if (node.get("query").isTextual()) {
        text = node.get("query").asText();
      } else {
        faults.add("query must be a string");
      }
    }
    List<String> types = types(node.get("type"), faults);
    int limit = limit(node.get("limit"), faults);
    Map<String, List<String>> properties = properties(node.get("properties"), faults);
    JsonNode strict = node.get("type_strict");
    if (strict != null && !(strict.isTextual() && TYPE_STRICT.contains(strict.asText()))) {
      faults.add("type_strict must be one of any, should, all");
    }
    boolean hasProperties = node.has("properties") && node.get("properties").size() > 0;
    if (!node.has("query") && !hasProperties) {
      faults.add("a query needs a query string or at least one property");
    }
    return new ReconciliationQuery(key, text, types, limit, properties);
  }

  private static List<String> types(JsonNode type, List<String> faults) {
    List<String> types = new ArrayList<>();
    if (type == null) {
      return types;
    }
    if (type.isTextual()) {
      types.add(type.asText());
    } else if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.isTextual()) {
          types.add(t.asText());
        } else {
          faults.add("type must be a string or an array of strings");
        }
      }
    } else {
      faults.add("type must be a string or an array of strings");
    }
    return types;
  }

  private static int limit(JsonNode limit, List<String> faults) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (!limit.isNumber()) {
      faults.add("limit must be a number");
      return DEFAULT_LIMIT;
    }
    return Math.max(1, Math.min(MAX_LIMIT, limit.asInt()));
  }

  private static Map<String, List<String>> properties(JsonNode properties, List<String> faults) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (properties == null) {
      return values;
    }
    if (!properties.isArray()) {
      faults.add("properties must be an array of {pid, v}");
      return values;
    }
    for (JsonNode p : properties) {
      if (!p.isObject() || !p.has("pid") || !p.get("pid").isTextual() || !p.has("v")) {
        faults.add("each property needs a string pid and a value v");
        continue;
      }
      List<String> vs = values.computeIfAbsent(p.get("pid").asText(), k -> new ArrayList<>());
      JsonNode v = p.get("v");
      for (JsonNode one : v.isArray() ? v : List.of(v)) {
        value(one, faults).ifPresent(vs::add);
      }
    }
    return values;
  }

  private static java.util.Optional<String> value(JsonNode v, List<String> faults) {
    if (v.isTextual() || v.isNumber() || v.isBoolean()) {
      return java.util.Optional.of(v.asText());
    }
    if (v.isObject() && v.has("id") && v.get("id").isTextual()) {
      return java.util.Optional.of(v.get("id").asText());
    }
    faults.add("a property value must be a string, number, boolean or an object with an id");
    return java.util.Optional.empty();
  }
}
