package org.sanctionsengine.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.sanctionsengine.server.errors.Problem;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * Reads request bodies strictly and writes JSON answers. A body with an unknown field, a value of
 * the wrong type (no coercion of {@code "0.8"} to a number), trailing content or nesting deeper
 * than a request ever needs is refused with a problem that names the field; the size limit is the
 * server's {@code maxRequestSize}.
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
                  .build())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();

  private RequestBodies() {}

  /** The JSON body as a {@code type}; a problem if it is missing, malformed or not of the type. */
  public static <T> T read(Context ctx, Class<T> type) {
    try {
      return STRICT.readValue(jsonBody(ctx), type);
    } catch (IOException e) {
      throw rethrow(e);
    }
  }

  /** The JSON body as a {@code type} (generic types, e.g. a list of requests). */
  public static <T> T read(Context ctx, TypeReference<T> type) {
    try {
      return STRICT.readValue(jsonBody(ctx), type);
    } catch (IOException e) {
      throw rethrow(e);
    }
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
