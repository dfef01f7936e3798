package org.sanctionsengine.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanctionsengine.input.InvalidInputException;

/**
 * A JSON value in canonical text: object keys sorted as {@link String#compareTo} sorts them (by
 * UTF-16 code unit), no insignificant whitespace, UTF-8 characters as they are (no escaping beyond
 * what JSON requires). The text itself is what the audit chain hashes, so a verifier never needs to
 * re-canonicalise: it hashes the stored text.
 *
 * @param text the canonical text; never contains a raw line break
 */
public record CanonicalJson(String text) {
  /** Upper bound on the text, so one record cannot exhaust the store (about 1 MB). */
  public static final int MAX_LENGTH = 1_000_000;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public CanonicalJson {
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          "A recorded JSON value has "
              + text.length()
              + " characters; the audit log accepts at most "
              + MAX_LENGTH
              + ". Record a summary of the request or decision, not the raw input file.");
    }
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("canonical JSON never holds a raw line break: " + text);
    }
  }

  /** The canonical form of a Jackson tree. */
  public static CanonicalJson of(JsonNode value) {
    try {
      return new CanonicalJson(MAPPER.writeValueAsString(sorted(value)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Parses JSON text and returns its canonical form; rejects text that is not JSON. */
  public static CanonicalJson parse(String json) {
    try {
      return of(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          "The value to record is not valid JSON ("
              + e.getOriginalMessage()
              + "). Expected a JSON object or array as produced by the engine.");
    }
  }

  /** The parsed tree, for display. */
  public JsonNode tree() {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("canonical JSON always parses", e);
    }
  }

  private static JsonNode sorted(JsonNode value) {
    if (value.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(value.properties());
      fields.sort(Map.Entry.comparingByKey());
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      fields.forEach(field -> copy.set(field.getKey(), sorted(field.getValue())));
      return copy;
    }
    if (value.isArray()) {
      var copy = JsonNodeFactory.instance.arrayNode();
      value.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return value;
  }

  @Override
  public String toString() {
    return text;
  }
}
