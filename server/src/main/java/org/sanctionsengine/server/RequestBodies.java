package org.sanctionsengine.server;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.server.errors.Problem;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * Reads request bodies strictly and writes JSON answers. A body with an unknown field, a value of
 * the wrong type (no coercion of {@code "0.8"} to a number), a field given twice, a {@code null}
 * where a document or an array element is expected, trailing content or nesting deeper than a
 * request ever needs is refused with a problem that names the field; the size limit is the server's
 * {@code maxRequestSize}.
 */
public final class RequestBodies {
  /** Requests nest a few levels; a deeper document is refused before it is built. */
  static final int MAX_NESTING = 32;

  public static final ObjectMapper STRICT =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING)
                          .maxStringLength(1_000_000)
                          .build())
                  // {"name": "a", "name": "b"} would otherwise keep the last value silently: a
                  // client and a proxy (or a log reader) could each see a different name.
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          // [null] in a batch, or "parties": [null], is refused as the wrong type, not passed on.
          .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
          // ALLOW_COERCION_OF_SCALARS does not cover text: {"name": 5} would be screened as "5".
          .withCoercionConfig(
              LogicalType.Textual,
              text ->
                  text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

  /** How Jackson's duplicate detection words its error (jackson-core {@code DupDetector}). */
  private static final String DUPLICATE_FIELD = "Duplicate field '";

  private RequestBodies() {}

  /** The JSON body as a {@code type}; a problem if it is missing, malformed or not of the type. */
  public static <T> T read(Context ctx, Class<T> type) {
    try {
      return present(STRICT.readValue(jsonBody(ctx), type), "an object");
    } catch (IOException e) {
      throw rethrow(e);
    }
  }

  /** The JSON body as a {@code type} (generic types, e.g. a list of requests). */
  public static <T> T read(Context ctx, TypeReference<T> type) {
    try {
      return present(STRICT.readValue(jsonBody(ctx), type), "an array");
    } catch (IOException e) {
      throw rethrow(e);
    }
  }

  /**
   * The field named twice, as a path ({@code [0].name}), when {@code e} is Jackson's duplicate
   * detection; empty for any other JSON error.
   */
  public static Optional<String> duplicateField(
      com.fasterxml.jackson.core.JsonProcessingException e) {
    // Inside a collection, databind wraps the parser's error to add the element's index.
    if (e instanceof JsonMappingException m && m.getCause() instanceof JsonParseException cause) {
      return duplicateField(cause);
    }
    if (!(e instanceof JsonParseException p)
        || p.getOriginalMessage() == null
        || !p.getOriginalMessage().startsWith(DUPLICATE_FIELD)) {
      return Optional.empty();
    }
    if (p.getProcessor() instanceof JsonParser parser) {
      return Optional.of(path(parser.getParsingContext()));
    }
    String message = p.getOriginalMessage();
    return Optional.of(message.substring(DUPLICATE_FIELD.length(), message.lastIndexOf('\'')));
  }

  /** {@code items[3].date} for the context's current position. */
  private static String path(JsonStreamContext context) {
    java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.push("[" + c.getCurrentIndex() + "]");
      } else if (c.getCurrentName() != null) {
        segments.push(c.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      if (!path.isEmpty() && !segment.startsWith("[")) {
        path.append('.');
      }
      path.append(segment);
    }
    return path.toString();
  }

  /**
   * Jackson reads the body {@code null} as a Java null; the routes expect a document, so it is
   * refused here as the wrong type.
   */
  private static <T> T present(@Nullable T value, String expected) {
    if (value == null) {
      throw new ProblemException(
          Problem.of(
                  400,
                  "wrong-type",
                  "Wrong type",
                  "The request body is null: expected "
                      + expected
                      + ". Send the document itself (see /openapi.json).")
              .withError("(body)", "expected " + expected));
    }
    return value;
  }

  /** Whether the request says its body is CSV ({@code text/csv}). */
  public static boolean isCsv(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/csv");
  }

  /** Answers with a JSON document. */
  public static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status);
    ctx.contentType("application/json");
    ctx.result(body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] jsonBody(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ProblemException(
          Problem.of(
              415,
              "unsupported-media-type",
              "Unsupported media type",
              "This endpoint reads JSON: send the body with Content-Type: application/json"
                  + (type == null ? "" : " (found '" + type + "')")
                  + "."));
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ProblemException.badRequest(
          "empty-body", "Empty body", "The request has no body: send a JSON document.");
    }
    return body;
  }

  private static RuntimeException rethrow(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
      // Problems maps these to a problem naming the field.
      return new JsonBodyException(j);
    }
    return new UncheckedIOException(e);
  }

  /** A JSON error carried out of the reader, to be mapped by {@code Problems}. */
  public static final class JsonBodyException extends org.sanctionsengine.SanctionsException {
    private static final long serialVersionUID = 1L;

    JsonBodyException(com.fasterxml.jackson.core.JsonProcessingException cause) {
      super(cause.getOriginalMessage(), cause);
    }

    public com.fasterxml.jackson.core.JsonProcessingException json() {
      return (com.fasterxml.jackson.core.JsonProcessingException) getCause();
    }
  }
}
