package org.sanctionsengine.server.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error as the API answers it: an RFC 9457 problem document ({@code application/problem+json})
 * with {@code type, title, status, detail} and, where fields were at fault, an {@code errors} map
 * from each field (a JSON path such as {@code items[3].date}) to what is wrong with it.
 *
 * @param type a URI reference naming the kind of problem, {@code /problems/<slug>} (docs/server.md)
 * @param title a short summary of the kind of problem, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong this time, what was expected and what to do
 * @param errors per-field messages, may be empty
 */
public record Problem(
    String type, String title, int status, String detail, Map<String, String> errors) {
  public static final String CONTENT_TYPE = "application/problem+json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public Problem {
    errors = Map.copyOf(new LinkedHashMap<>(errors));
  }

  /** A problem of the kind {@code slug} with no per-field errors. */
  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem("/problems/" + slug, title, status, detail, Map.of());
  }

  /** The same problem with one more per-field error. */
  public Problem withError(String field, String message) {
    Map<String, String> more = new LinkedHashMap<>(errors);
    more.put(field, message);
    return new Problem(type, title, status, detail, more);
  }

  /** The problem document; {@code instance} is the request path. */
  public ObjectNode json(String instance) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", type);
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    node.put("instance", instance);
    if (!errors.isEmpty()) {
      ObjectNode fields = node.putObject("errors");
      errors.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> fields.put(e.getKey(), e.getValue()));
    }
    return node;
  }
}
